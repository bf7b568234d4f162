package app.ambassade.perks;

import app.ambassade.identity.PeopleDirectory;
import app.ambassade.mail.MailService;
import app.ambassade.mail.OutgoingMail;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import org.springframework.stereotype.Component;

/**
 * E-mails about perks that matter even when the member does not open the portal: a seat freed for them
 * from the waitlist. Written in the member's language; called after commit, outside any transaction.
 */
@Component
class PerkMail {

    private final PeopleDirectory people;
    private final TenantService tenants;
    private final TenantHosts hosts;
    private final MailService mail;
    private final TranslationProvider i18n;

    PerkMail(PeopleDirectory people, TenantService tenants, TenantHosts hosts, MailService mail,
             TranslationProvider i18n) {
        this.people = people;
        this.tenants = tenants;
        this.hosts = hosts;
        this.mail = mail;
        this.i18n = i18n;
    }

    void seatConfirmed(long tenantId, long memberId, long perkId, String perkTitle) {
        tenants.findById(tenantId).ifPresent(tenant -> people.recipient(tenantId, memberId).ifPresent(to -> {
            String link = hosts.tenantUrl(tenant.slug()) + "/perks/" + perkId;
            mail.send(new OutgoingMail(tenantId, to.email(),
                    i18n.getTranslation("perks.mail.promoted.subject", to.language(), perkTitle),
                    i18n.getTranslation("perks.mail.promoted.body", to.language(), perkTitle, link, tenant.name())));
        }));
    }
}
