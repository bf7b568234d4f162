package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The day before an event, confirmed members also get the reminder by e-mail, once, with the event's own time. */
@AmbassadeTest
@Import(MutableClockConfig.class)
class PerkReminderMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    MemberPerks perks;

    @Autowired
    PerkLifecycle lifecycle;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        TestData.signOut();
    }

    @Test
    void confirmedMembersGetOneReminderEmailTheDayBeforeAndWaitlistedOnesNone() throws Exception {
        TenantSummary brand = data.tenant("remindmail");
        AuthenticatedUser manager = data.person(brand, Role.BRAND_MANAGER, "boss@remindmail.test");
        AuthenticatedUser seated = data.person(brand, Role.MEMBER, "seated@remindmail.test");
        AuthenticatedUser waiting = data.person(brand, Role.MEMBER, "waiting@remindmail.test");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"))
                .plusDays(2)
                .withNano(0);
        TestData.signIn(manager);
        long id = catalogue.create(PerksFixtures.eventForm("Soirée parfum", start, start.plusHours(2), 1));
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        for (AuthenticatedUser member : new AuthenticatedUser[] {seated, waiting}) {
            TestData.signIn(member);
            perks.claim(id);
        }
        TestData.signOut();

        lifecycle.runOnce(brand.id());
        assertThat(Mailbox.to(greenMail, "seated@remindmail.test")).isEmpty();

        clock.advance(Duration.ofHours(30));
        lifecycle.runOnce(brand.id());
        lifecycle.runOnce(brand.id());

        MimeMessage reminder = Mailbox.single(greenMail, "seated@remindmail.test");
        assertThat(Mailbox.subject(reminder)).isEqualTo("Tomorrow: Soirée parfum");
        assertThat(Mailbox.text(reminder)).contains("Paris");
        assertThat(Mailbox.link(reminder, "perks")).endsWith("/perks/" + id);
        assertThat(Mailbox.to(greenMail, "waiting@remindmail.test")).isEmpty();
    }
}
