package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A seat freed from the waitlist is also told by e-mail, in the member's language, with the way to the perk. */
@AmbassadeTest
class PerkPromotionMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    MemberPerks perks;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theFirstWaitlistedMemberGetsAnEmailWhenASeatIsFreedAndNobodyElseDoes() throws Exception {
        TenantSummary brand = data.tenant("promomail");
        AuthenticatedUser manager = data.person(brand, Role.BRAND_MANAGER, "boss@promomail.test");
        AuthenticatedUser first = data.person(brand, Role.MEMBER, "first@promomail.test");
        AuthenticatedUser waiting = data.person(brand, Role.MEMBER, "waiting@promomail.test");
        AuthenticatedUser last = data.person(brand, Role.MEMBER, "last@promomail.test");
        LocalDateTime start = LocalDateTime.now().plusDays(5).withNano(0);
        TestData.signIn(manager);
        long id = catalogue.create(PerksFixtures.eventForm("Soirée parfum", start, start.plusHours(2), 1));
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        for (AuthenticatedUser member : new AuthenticatedUser[] {first, waiting, last}) {
            TestData.signIn(member);
            perks.claim(id);
        }

        TestData.signIn(first);
        perks.cancel(id);

        MimeMessage mail = Mailbox.single(greenMail, "waiting@promomail.test");
        assertThat(Mailbox.subject(mail)).isEqualTo("A seat opened up: you are confirmed for \"Soirée parfum\"");
        assertThat(Mailbox.link(mail, "perks")).endsWith("/perks/" + id).contains(brand.slug() + ".");
        assertThat(Mailbox.to(greenMail, "last@promomail.test")).isEmpty();
        assertThat(Mailbox.to(greenMail, "first@promomail.test")).isEmpty();
    }
}
