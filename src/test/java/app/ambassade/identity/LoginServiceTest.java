package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.security.LoginRefusal;
import app.ambassade.identity.security.LoginService;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

@AmbassadeTest
class LoginServiceTest {

    @Autowired
    TestData data;

    @Autowired
    LoginService logins;

    @Test
    void thePersonLogsInToTheTenantWhoseHostTheyAreOn() {
        TenantSummary a = data.tenant("alpha");
        TenantSummary b = data.tenant("beta");
        data.person(a, Role.MEMBER, "same@example.com");
        data.person(b, Role.AMBASSADOR, "same@example.com");

        AuthenticatedUser inA =
                TenantContext.callAs(a.id(), () -> logins.authenticateMember(a, "same@example.com", TestData.PASSWORD));
        AuthenticatedUser inB = TenantContext.callAs(
                b.id(), () -> logins.authenticateMember(b, "SAME@example.com ", TestData.PASSWORD));

        assertThat(inA.tenantId()).isEqualTo(a.id());
        assertThat(inA.role()).isEqualTo("MEMBER");
        assertThat(inB.tenantId()).isEqualTo(b.id());
        assertThat(inB.role()).isEqualTo("AMBASSADOR");
        assertThat(inA.accountId()).isNotEqualTo(inB.accountId());
    }

    @Test
    void anAccountOfAnotherTenantCannotLogInHere() {
        TenantSummary a = data.tenant("alpha");
        TenantSummary b = data.tenant("beta");
        data.person(b, Role.BRAND_MANAGER, "boss@beta.example");

        assertThatThrownBy(() -> TenantContext.callAs(
                        a.id(), () -> logins.authenticateMember(a, "boss@beta.example", TestData.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        TenantSummary a = data.tenant("alpha");
        data.person(a, Role.MEMBER, "lock@example.com");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> TenantContext.callAs(
                            a.id(), () -> logins.authenticateMember(a, "lock@example.com", "wrong-password-1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> TenantContext.callAs(
                        a.id(), () -> logins.authenticateMember(a, "lock@example.com", "wrong-password-1")))
                .isInstanceOf(LoginRefusal.class)
                .extracting(e -> ((LoginRefusal) e).reason())
                .isEqualTo(LoginRefusal.Reason.LOCKED);

        assertThatThrownBy(() -> TenantContext.callAs(
                        a.id(), () -> logins.authenticateMember(a, "lock@example.com", TestData.PASSWORD)))
                .isInstanceOf(LoginRefusal.class);
    }

    @Test
    void platformAdminsLogInOnlyThroughThePlatformHost() {
        data.platformAdmin("ops@ambassade.test");

        AuthenticatedUser admin = logins.authenticatePlatformAdmin("ops@ambassade.test", TestData.PASSWORD);

        assertThat(admin.platformAdmin()).isTrue();
        assertThat(admin.tenantId()).isNull();
    }
}
