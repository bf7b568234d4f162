package app.ambassade.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;

/**
 * Each access annotation, read by Spring Security as it reads it on a service, grants exactly the
 * roles it is named for: the expressions live in one place, and this pins what they mean.
 */
class AccessAnnotationsTest {

    private static final List<String> ROLES =
            List.of(Roles.PLATFORM_ADMIN, Roles.BRAND_MANAGER, Roles.AMBASSADOR, Roles.MEMBER);

    /** Method name -> the roles it must grant; every other role and anonymous visitors are refused. */
    private static final Map<String, Set<String>> GRANTED = Map.of(
            "platformAdmin", Set.of(Roles.PLATFORM_ADMIN),
            "manager", Set.of(Roles.BRAND_MANAGER),
            "brandPerson", Set.of(Roles.MEMBER, Roles.AMBASSADOR, Roles.BRAND_MANAGER),
            "member", Set.of(Roles.MEMBER, Roles.AMBASSADOR),
            "signedIn", Set.copyOf(ROLES));

    static class Guarded {
        @PlatformAdminOnly
        void platformAdmin() {}

        @ManagerOnly
        void manager() {}

        @BrandPersonOnly
        void brandPerson() {}

        @MemberOnly
        void member() {}

        @SignedInOnly
        void signedIn() {}
    }

    @ManagerOnly
    static class GuardedType {
        void anything() {}
    }

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    @ParameterizedTest
    @ValueSource(strings = {"platformAdmin", "manager", "brandPerson", "member", "signedIn"})
    void eachAnnotationGrantsItsRolesAndRefusesTheOthers(String method) throws Exception {
        Set<String> granted = new TreeSet<>();
        for (String role : ROLES) {
            if (allowed(invocation(new Guarded(), method), person(role))) {
                granted.add(role);
            }
        }
        assertThat(granted).as(method).containsExactlyInAnyOrderElementsOf(GRANTED.get(method));
        assertThat(allowed(invocation(new Guarded(), method), anonymous()))
                .as("anonymous on %s", method)
                .isFalse();
    }

    @Test
    void everyAccessAnnotationIsPinnedByThisTest() {
        assertThat(Arrays.stream(Guarded.class.getDeclaredMethods())
                        .map(Method::getName)
                        .filter(GRANTED::containsKey))
                .hasSameSizeAs(GRANTED.keySet());
        assertThat(Arrays.stream(Access.class.getDeclaredFields()).filter(f -> f.getType() == String.class))
                .as("one annotation per expression")
                .hasSize(GRANTED.size());
    }

    @Test
    void anAnnotationOnTheClassGuardsItsMethods() throws Exception {
        MethodInvocation call = invocation(new GuardedType(), "anything");
        assertThat(allowed(call, person(Roles.BRAND_MANAGER))).isTrue();
        assertThat(allowed(call, person(Roles.MEMBER))).isFalse();
    }

    private boolean allowed(MethodInvocation invocation, Authentication authentication) {
        AuthorizationResult result = manager.authorize(() -> authentication, invocation);
        return result != null && result.isGranted();
    }

    private static MethodInvocation invocation(Object target, String name) throws NoSuchMethodException {
        return new SimpleMethodInvocation(target, target.getClass().getDeclaredMethod(name));
    }

    private static Authentication person(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "someone", "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role));
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
}
