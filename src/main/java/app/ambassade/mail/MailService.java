package app.ambassade.mail;

import app.ambassade.mail.internal.MailDelivery;
import app.ambassade.mail.internal.MailDeliveryRepository;
import app.ambassade.mail.internal.OutboxEntry;
import app.ambassade.mail.internal.OutboxRepository;
import app.ambassade.tenancy.TenantContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final MailDeliveryRepository deliveries;
    private final Clock clock;
    private final boolean keepOutbox;
    private final boolean showSecrets;
    private final String from;
    private final TransactionTemplate ownTransaction;

    MailService(
            ObjectProvider<JavaMailSender> sender,
            OutboxRepository outbox,
            MailDeliveryRepository deliveries,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${ambassade.mail.outbox:false}") boolean keepOutbox,
            @Value("${ambassade.mail.outbox.show-secrets:false}") boolean showSecrets,
            @Value("${ambassade.mail.from:no-reply@ambassade.local}") String from) {
        this.sender = sender;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.keepOutbox = keepOutbox;
        this.showSecrets = showSecrets;
        this.from = from;
        if (keepOutbox && showSecrets) {
            log.warn(
                    "The mail outbox keeps the secrets of e-mail links (ambassade.mail.outbox.show-secrets=true): "
                            + "whoever reads it can open anyone's invitation or password reset. Use on a developer's own machine only.");
        }
    }

    /**
     * Sends an e-mail now or, when called inside a transaction, right after it commits (never when it
     * rolls back). A delivery failure is logged: the flows that use this (invitations, resets) can be
     * asked again by the person.
     */
    public void send(OutgoingMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliverLogged(mail);
                }
            });
        } else {
            deliverLogged(mail);
        }
    }

    /**
     * For listeners of durable events: sends the e-mail known as {@code key} once in its tenant. The
     * delivery is recorded in the listener's transaction, so a retried event finds it and sends nothing;
     * a delivery failure is thrown, so the event stays incomplete and is retried. Call it outside any
     * transaction: the record's transaction opens inside the mail's tenant.
     */
    public boolean sendOnce(String key, OutgoingMail mail) {
        String mailKey = cut(key, 160);
        return TenantContext.callAs(
                mail.tenantId(),
                () -> ownTransaction.execute(status -> {
                    if (deliveries.existsByMailKey(mailKey)) {
                        return false;
                    }
                    deliveries.saveAndFlush(new MailDelivery(mailKey, clock.instant()));
                    deliver(mail);
                    return true;
                }));
    }

    private void deliverLogged(OutgoingMail mail) {
        try {
            deliver(mail);
        } catch (MailException e) {
            log.error("Could not send e-mail '{}': {}", mail.subject(), e.getMessage());
        }
    }

    /**
     * Keeps the outbox copy (in a transaction of its own: this may run after a commit, where the finished
     * transaction is still bound), then sends through SMTP when a server is configured.
     */
    private void deliver(OutgoingMail mail) {
        if (keepOutbox) {
            ownTransaction.executeWithoutResult(status -> outbox.save(new OutboxEntry(
                    mail.tenantId(),
                    mail.to(),
                    cut(mail.subject(), 200),
                    cut(showSecrets ? mail.body() : hideSecrets(mail), 8000),
                    clock.instant())));
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
        smtp.send(message);
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
