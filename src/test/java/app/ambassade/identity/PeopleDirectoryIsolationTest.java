package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Names, contacts and mail recipients are only ever found in the tenant asked for. */
@AmbassadeTest
class PeopleDirectoryIsolationTest {

    @Autowired
    TestData data;

    @Autowired
    PeopleDirectory people;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void anotherTenantsPeopleAreNeitherContactsNorMailRecipients() {
        TenantSummary a = data.tenant("dira");
        TenantSummary b = data.tenant("dirb");
        AuthenticatedUser managerA = data.person(a, Role.BRAND_MANAGER, "boss@dira.test");
        AuthenticatedUser ana = data.person(a, Role.MEMBER, "ana@dira.test");
        AuthenticatedUser bea = data.person(b, Role.MEMBER, "bea@dirb.test");

        assertThat(people.recipients(a.id(), List.of(ana.accountId(), bea.accountId())))
                .containsOnlyKeys(ana.accountId())
                .extractingByKey(ana.accountId())
                .extracting(MailRecipient::email)
                .isEqualTo("ana@dira.test");
        assertThat(people.recipients(b.id(), List.of(ana.accountId()))).isEmpty();

        TestData.signIn(managerA);
        assertThat(people.contacts(List.of(ana.accountId(), bea.accountId()))).containsOnlyKeys(ana.accountId());
        assertThat(people.search(List.of(ana.accountId(), bea.accountId()), "")).containsOnlyKeys(ana.accountId());
        assertThat(people.search(List.of(bea.accountId()), "bea")).isEmpty();
        assertThat(people.names(List.of(bea.accountId()))).isEmpty();
    }
}
