package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A manager of brand A acting on ids of brand B changes nothing in B. */
@AmbassadeTest
class PeopleManagementIsolationTest {

    @Autowired
    TestData data;

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;
    long memberB;
    long deactivatedB;
    long invitedB;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@beta.example");
        memberB = data.person(b, Role.MEMBER, "mia@beta.example").accountId();
        deactivatedB = data.person(b, Role.MEMBER, "dan@beta.example").accountId();
        TestData.signIn(managerB);
        accounts.deactivate(deactivatedB);
        invitedB = invitations.invite("ines@beta.example", Role.AMBASSADOR).id();
        TestData.signIn(managerA);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aManagerCannotChangeTheRoleOfSomeoneInAnotherBrand() {
        List<PersonRow> before = peopleOfB();

        assertThatThrownBy(() -> accounts.changeRole(memberB, Role.BRAND_MANAGER))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().get("person"))
                .isEqualTo("people.error.not-found");

        assertThat(peopleOfB()).isEqualTo(before);
    }

    @Test
    void aManagerCannotDeactivateNorReactivateSomeoneInAnotherBrand() {
        List<PersonRow> before = peopleOfB();

        assertThatThrownBy(() -> accounts.deactivate(memberB)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.reactivate(deactivatedB)).isInstanceOf(InvalidInputException.class);

        assertThat(peopleOfB()).isEqualTo(before);
    }

    @Test
    void aManagerCannotResendNorRevokeAnInvitationOfAnotherBrand() {
        List<PersonRow> before = peopleOfB();

        assertThatThrownBy(() -> invitations.resend(invitedB)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> invitations.revoke(invitedB)).isInstanceOf(InvalidInputException.class);

        assertThat(peopleOfB()).isEqualTo(before);
    }

    @Test
    void aManagerSeesAndCountsOnlyTheirOwnBrandsPeople() {
        assertThat(accounts.people(PeopleFilter.all(), Pageable.unpaged()).stream()
                        .map(PersonRow::email)
                        .toList())
                .containsExactly("boss@alpha.example");
        assertThat(accounts.countPeople(PeopleFilter.all())).isEqualTo(1);
        assertThat(accounts.pendingInvitations()).isZero();
        assertThat(accounts.activeCountsByRole().get(Role.MEMBER)).isZero();
    }

    @Test
    void aManagerCannotChangeTheirOwnRoleNorStatus() {
        assertThatThrownBy(() -> accounts.changeRole(managerA.accountId(), Role.MEMBER))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().get("person"))
                .isEqualTo("people.error.self");
        assertThatThrownBy(() -> accounts.deactivate(managerA.accountId())).isInstanceOf(InvalidInputException.class);
    }

    /**
     * B's people as B's own manager reads them, inside an explicit scope of tenant B: the platform
     * admin has no service that lists a brand's people, by design.
     */
    private List<PersonRow> peopleOfB() {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        try {
            TestData.signIn(managerB);
            return TenantContext.callAs(b.id(), () -> accounts.people(PeopleFilter.all(), Pageable.unpaged())).stream()
                    .sorted(java.util.Comparator.comparing(PersonRow::id))
                    .toList();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
    }
}
