package app.ambassade.perks;

import app.ambassade.identity.MailRecipient;
import app.ambassade.identity.PeopleDirectory;
import app.ambassade.mail.MailService;
import app.ambassade.mail.OutgoingMail;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * E-mails about perks that matter even when the member does not open the portal: a seat freed for them
 * from the waitlist, and the reminder the day before an event. Written in the member's language; called after commit, outside any transaction.
 */
@Component
class PerkMail {

    private final PeopleDirectory people;
    private final TenantService tenants;
    private final TenantHosts hosts;
    private final MailService mail;
    private final TranslationProvider i18n;

    PerkMail(
            PeopleDirectory people,
            TenantService tenants,
            TenantHosts hosts,
            MailService mail,
            TranslationProvider i18n) {
        this.people = people;
        this.tenants = tenants;
        this.hosts = hosts;
        this.mail = mail;
        this.i18n = i18n;
    }

    /** Once per {@code key}: called by a durable listener that may be retried. */
    void seatConfirmed(String key, long tenantId, long memberId, long perkId, String perkTitle) {
        MailRecipient to = people.recipients(tenantId, List.of(memberId)).get(memberId);
        if (to != null) {
            tenants.findById(tenantId)
                    .ifPresent(tenant -> mail.sendOnce(
                            key,
                            compose(
                                    tenant,
                                    to,
                                    perkId,
                                    "perks.mail.promoted.subject",
                                    "perks.mail.promoted.body",
                                    perkTitle,
                                    null)));
        }
    }

    /** The reminder the day before an event; {@code when} is already written in the recipient's language. */
    void reminder(long tenantId, MailRecipient to, long perkId, String perkTitle, String when) {
        send(tenantId, to, perkId, "perks.mail.reminder.subject", "perks.mail.reminder.body", perkTitle, when);
    }

    /** The subject gets {0} title, {1} when; the body {0} title, {1} link, {2} brand, {3} when. */
    private void send(
            long tenantId,
            MailRecipient to,
            long perkId,
            String subjectKey,
            String bodyKey,
            String perkTitle,
            String when) {
        tenants.findById(tenantId)
                .ifPresent(tenant -> mail.send(compose(tenant, to, perkId, subjectKey, bodyKey, perkTitle, when)));
    }

    private OutgoingMail compose(
            TenantSummary tenant,
            MailRecipient to,
            long perkId,
            String subjectKey,
            String bodyKey,
            String perkTitle,
            String when) {
        String link = hosts.tenantUrl(tenant.slug()) + "/perks/" + perkId;
        return new OutgoingMail(
                tenant.id(),
                to.email(),
                i18n.getTranslation(subjectKey, to.language(), perkTitle, when),
                i18n.getTranslation(bodyKey, to.language(), perkTitle, link, tenant.name(), when));
    }
}
