package app.ambassade.identity;

import app.ambassade.shared.security.Roles;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the demo seed of each module) as a given person or as the platform, so that
 * it goes through the same services, rules and authorization checks as people do. Never used on
 * a request path.
 */
public final class ActingAs {

    private ActingAs() {}

    public static <T> T platform(Supplier<T> work) {
        return run(
                new UsernamePasswordAuthenticationToken(
                        "demo-seed", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PLATFORM_ADMIN))),
                work);
    }

    public static <T> T person(AuthenticatedUser user, Supplier<T> work) {
        return run(
                new UsernamePasswordAuthenticationToken(
                        user, null, List.of(new SimpleGrantedAuthority("ROLE_" + user.role()))),
                work);
    }

    public static void person(AuthenticatedUser user, Runnable work) {
        person(user, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T run(Authentication authentication, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
