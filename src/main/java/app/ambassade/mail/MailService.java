package app.ambassade.mail;

import app.ambassade.mail.internal.OutboxEntry;
import app.ambassade.mail.internal.OutboxRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail through Spring Mail when a server is configured ({@code spring.mail.host}) and, in
 * the embedded default, also keeps a copy in an outbox the platform admin can read, so that
 * e-mails can be checked without a mail server. The copy never holds the secret of a link (see
 * docs/decisions/0008-outbox-secrets.md): whoever reads the outbox could otherwise take over the
 * account it opens. A developer who wants them on their own machine sets
 * {@code ambassade.mail.outbox.show-secrets=true}.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final boolean keepOutbox;
    private final boolean showSecrets;
    private final String from;

    MailService(ObjectProvider<JavaMailSender> sender, OutboxRepository outbox, Clock clock,
                @Value("${ambassade.mail.outbox:false}") boolean keepOutbox,
                @Value("${ambassade.mail.outbox.show-secrets:false}") boolean showSecrets,
                @Value("${ambassade.mail.from:no-reply@ambassade.local}") String from) {
        this.sender = sender;
        this.outbox = outbox;
        this.clock = clock;
        this.keepOutbox = keepOutbox;
        this.showSecrets = showSecrets;
        this.from = from;
        if (keepOutbox && showSecrets) {
            log.warn("The mail outbox keeps the secrets of e-mail links (ambassade.mail.outbox.show-secrets=true): "
                    + "whoever reads it can open anyone's invitation or password reset. Use on a developer's own machine only.");
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void send(OutgoingMail mail) {
        if (keepOutbox) {
            outbox.save(new OutboxEntry(mail.tenantId(), mail.to(), cut(mail.subject(), 200),
                    cut(showSecrets ? mail.body() : hideSecrets(mail), 8000), clock.instant()));
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            if (!keepOutbox) {
                log.warn("No mail server configured and no outbox: e-mail '{}' was not sent", mail.subject());
            }
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            smtp.send(message);
        } catch (MailException e) {
            log.error("Could not send e-mail '{}': {}", mail.subject(), e.getMessage());
        }
    }

    private static String hideSecrets(OutgoingMail mail) {
        String body = mail.body();
        for (String secret : mail.secrets()) {
            if (!secret.isEmpty()) {
                body = body.replace(secret, OutboxMessage.HIDDEN);
            }
        }
        return body;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
