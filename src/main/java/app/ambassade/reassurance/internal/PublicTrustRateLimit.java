package app.ambassade.reassurance.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public trust pages (page, policy versions, label images, embed) are rate-limited per brand
 * host and client address, like the widget JSON: 120 requests a minute, then 429 with Retry-After.
 */
@Configuration(proxyBeanMethods = false)
class PublicTrustRateLimit {

    static final int PER_MINUTE = 120;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicTrustRateLimitFilter(WidgetRateLimiter limiter) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                OptionalLong wait = limiter.tryAcquire("trust-page:" + request.getServerName(), request.getRemoteAddr(),
                        PER_MINUTE);
                if (wait.isPresent()) {
                    response.setStatus(429);
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/trust", "/trust/*");
        return registration;
    }
}
