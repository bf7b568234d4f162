package app.ambassade.reassurance.internal;

import app.ambassade.tenancy.BrandHost;
import app.ambassade.tenancy.TenantSummary;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public trust pages (page, policy versions, label images, embed) are rate-limited per brand
 * and client address, like the widget JSON: {@code ambassade.limits.trust-page-per-minute} requests a
 * minute (120 unless set), then 429 with Retry-After. The brand is the one the host resolves to (see
 * {@link BrandHost}), so spelling the host differently never buys a fresh budget; a host with no
 * brand is answered the platform's 404 page without touching a bucket.
 */
@Configuration(proxyBeanMethods = false)
class PublicTrustRateLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicTrustRateLimitFilter(
            WidgetRateLimiter limiter,
            BrandHost brandHost,
            PublicNotFound notFound,
            @Value("${ambassade.limits.trust-page-per-minute:120}") int perMinute) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<TenantSummary> brand = brandHost.of(request);
                if (brand.isEmpty()) {
                    notFound.write(request, response, brand);
                    return;
                }
                OptionalLong wait =
                        limiter.tryAcquire("trust-page:" + brand.get().id(), request.getRemoteAddr(), perMinute);
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
