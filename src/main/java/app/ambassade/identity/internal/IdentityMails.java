package app.ambassade.identity.internal;

import app.ambassade.mail.MailService;
import app.ambassade.mail.OutgoingMail;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Writes the identity e-mails (invitation, verification, "account already exists", password reset)
 * in the recipient's language.
 */
@Component
public class IdentityMails {

    private final MailService mail;
    private final TranslationProvider i18n;
    private final TenantHosts hosts;

    IdentityMails(MailService mail, TranslationProvider i18n, TenantHosts hosts) {
        this.mail = mail;
        this.i18n = i18n;
        this.hosts = hosts;
    }

    /**
     * Sends mail "mail.{kind}.subject/body" with the link {tenantUrl}/{path}/{token}; the body
     * pattern receives tenant name {0}, link {1} and role or extra text {2}.
     */
    public void send(
            TenantSummary tenant, String to, Locale locale, String kind, String path, String token, String extra) {
        send(tenant, to, locale, kind, path + "/" + token, extra, List.of(token));
    }

    /** Like {@link #send} for a mail whose link is a plain page of the tenant, {tenantUrl}/{path}. */
    public void sendLink(TenantSummary tenant, String to, Locale locale, String kind, String path, String extra) {
        send(tenant, to, locale, kind, path, extra, List.of());
    }

    /** The token is the mail's secret: it reaches the addressee only, never the outbox copy. */
    private void send(
            TenantSummary tenant,
            String to,
            Locale locale,
            String kind,
            String path,
            String extra,
            List<String> secrets) {
        String link = hosts.tenantUrl(tenant.slug()) + "/" + path;
        String subject = i18n.getTranslation("mail." + kind + ".subject", locale, tenant.name());
        String body = i18n.getTranslation("mail." + kind + ".body", locale, tenant.name(), link, extra);
        mail.send(new OutgoingMail(tenant.id(), to, subject, body, secrets));
    }

    public String roleName(String role, Locale locale) {
        return i18n.getTranslation("role." + role, locale);
    }
}
