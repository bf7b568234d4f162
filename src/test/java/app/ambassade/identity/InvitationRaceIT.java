package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.internal.Tokens;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.internal.UserToken;
import app.ambassade.identity.security.LoginService;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.Race;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invitation link is single-use even when it is clicked many times at once: the token row is
 * locked while it is redeemed, so exactly one acceptance wins on MariaDB.
 */
@MariaDbTest
class InvitationRaceIT {

    private static final int CLICKS = 8;

    @Autowired
    TestData data;

    @Autowired
    InvitationService invitations;

    @Autowired
    LoginService logins;

    @Autowired
    UserAccountRepository users;

    @Autowired
    Tokens tokens;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void manySimultaneousAcceptancesOfOneInvitationLetExactlyOneThrough() throws Exception {
        TenantSummary tenant = data.tenant("race");
        String token = invite(tenant, "invited@example.test");
        AtomicInteger click = new AtomicInteger();

        List<String> outcomes = Race.run(CLICKS, () -> {
            int n = click.incrementAndGet();
            try {
                invitations.accept(tenant, token, "Clicker " + n, password(n));
                return "accepted " + n;
            } catch (InvalidInputException refused) {
                return "refused";
            }
        });

        List<String> accepted =
                outcomes.stream().filter(o -> o.startsWith("accepted")).toList();
        assertThat(accepted).hasSize(1);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(CLICKS - 1);
        int winner = Integer.parseInt(accepted.getFirst().substring("accepted ".length()));

        Map<String, Object> person = jdbc.queryForMap(
                "select status, display_name from app_user where tenant_id = ? and email = ?",
                tenant.id(),
                "invited@example.test");
        assertThat(person).containsEntry("status", "ACTIVE").containsEntry("display_name", "Clicker " + winner);
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_token where tenant_id = ? and used_at is null",
                        Integer.class,
                        tenant.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where tenant_id = ? and action = 'invitation.accepted'",
                        Integer.class,
                        tenant.id()))
                .isOne();

        assertThat(canLogIn(tenant, password(winner))).isTrue();
        for (int n = 1; n <= CLICKS; n++) {
            if (n != winner) {
                assertThat(canLogIn(tenant, password(n)))
                        .as("password of losing click %s", n)
                        .isFalse();
            }
        }
    }

    @Test
    void aUsedInvitationCannotBeAcceptedAgain() {
        TenantSummary tenant = data.tenant("race");
        String token = invite(tenant, "twice@example.test");
        invitations.accept(tenant, token, "First", password(1));

        List<String> second = List.of(attempt(() -> invitations.accept(tenant, token, "Second", password(2))));

        assertThat(second).containsExactly("refused");
        assertThat(jdbc.queryForObject(
                        "select display_name from app_user where tenant_id = ? and email = ?",
                        String.class,
                        tenant.id(),
                        "twice@example.test"))
                .isEqualTo("First");
    }

    /** What InvitationService.invite does, keeping the raw token that would go out by e-mail. */
    private String invite(TenantSummary tenant, String email) {
        return TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(status -> {
                    UserAccount invited = users.save(
                            new UserAccount(email, Role.AMBASSADOR, AccountStatus.INVITED, "fr", clock.instant()));
                    return tokens.issue(invited.getId(), UserToken.Purpose.INVITATION, InvitationService.VALIDITY);
                }));
    }

    private boolean canLogIn(TenantSummary tenant, String password) {
        try {
            TenantContext.callAs(
                    tenant.id(), () -> logins.authenticateMember(tenant, "invited@example.test", password));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static String attempt(Runnable acceptance) {
        try {
            acceptance.run();
            return "accepted";
        } catch (InvalidInputException e) {
            return "refused";
        }
    }

    private static String password(int n) {
        return "correct-horse-" + n + "-battery";
    }
}
