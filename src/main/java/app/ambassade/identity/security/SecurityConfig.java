package app.ambassade.identity.security;

import app.ambassade.identity.ui.LoginView;
import app.ambassade.tenancy.TenantHosts;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Public, stateless endpoints: they are plain Spring MVC and never create a session. */
    static final String[] PUBLIC_PATHS = {"/branding/**", "/actuator/health", "/actuator/health/**",
            "/trust", "/trust/**", "/widget/**", "/widget.js"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TenantHosts hosts, SessionChecks sessionChecks,
                                            LoginFailureHandler failureHandler) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        http.formLogin(form -> form
                .authenticationDetailsSource(HostDetails::of)
                .failureHandler(failureHandler));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterAfter(new SessionValidityFilter(hosts, sessionChecks), SecurityContextHolderFilter.class);
        http.headers(SecurityHeaders::configure);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
