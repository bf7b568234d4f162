package app.ambassade.mail;

import app.ambassade.mail.internal.OutboxRepository;
import app.ambassade.shared.security.PlatformAdminOnly;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the development outbox, for the platform admin only. */
@Service
public class OutboxService {

    private final OutboxRepository outbox;

    OutboxService(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @PlatformAdminOnly
    @Transactional(readOnly = true)
    public Page<OutboxMessage> latest(Pageable pageable) {
        return outbox.findAllByOrderByCreatedAtDescIdDesc(pageable)
                .map(e -> new OutboxMessage(
                        e.getId(), e.getTenantId(), e.getRecipient(), e.getSubject(), e.getBody(), e.getCreatedAt()));
    }
}
