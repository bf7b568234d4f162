package app.ambassade.identity.security;

import app.ambassade.identity.ui.LoginView;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantHosts;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Public, stateless endpoints: they are plain Spring MVC and never create a session. */
    static final String[] PUBLIC_PATHS = {
        "/branding/**", "/actuator/health", "/actuator/health/**", "/trust", "/trust/**", "/widget/**", "/widget.js"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            TenantHosts hosts,
            SessionChecks sessionChecks,
            LoginFailureHandler failureHandler,
            RequestUtil vaadinRequests,
            LoginCounters loginCounters,
            TranslationProvider i18n,
            @Value("${ambassade.login.client-failures-per-minute:30}") int clientFailures)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        // Error pages are open to all: a failure (bad public URL, database outage) keeps its own
        // status instead of becoming a login redirect or a 403 (issue #9, points 3 and 5).
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/error")
                .permitAll());
        // Vaadin's own CSRF set-up also exempts the login form, which lets a foreign site sign a
        // browser in to the attacker's account (login CSRF). The token is required there too: the
        // login page carries it in its _csrf meta tags and vaadin-login-form posts it. Vaadin's
        // internal requests keep their own protection (the UIDL security key), as before.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(
                new ClientLoginLimit(loginCounters, i18n, clientFailures), UsernamePasswordAuthenticationFilter.class);
        // A login form without a valid token (a foreign site's, or a page left open past its session)
        // goes back to the login page, signed out, rather than to an error page.
        http.exceptionHandling(handling -> handling.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        http.formLogin(form -> form.authenticationDetailsSource(HostDetails::of).failureHandler(failureHandler));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterAfter(new SessionValidityFilter(hosts, sessionChecks), SecurityContextHolderFilter.class);
        http.headers(headers -> SecurityHeaders.configure(headers, hosts.secure()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
