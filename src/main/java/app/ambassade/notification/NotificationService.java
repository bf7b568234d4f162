package app.ambassade.notification;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.notification.internal.NotificationEntry;
import app.ambassade.notification.internal.NotificationRepository;
import app.ambassade.notification.internal.NotificationWriter;
import app.ambassade.shared.security.BrandPersonOnly;
import app.ambassade.tenancy.TenantContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications of the signed-in person: their list, unread count and read marks. A person
 * only ever reads or marks their own notifications; ids of other people or tenants do nothing.
 */
@Service
public class NotificationService {

    static final String SEPARATOR = "\u001f";
    static final int MAX_PARAM = 300;

    private final NotificationRepository notifications;
    private final NotificationWriter writer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationWriter writer, Clock clock) {
        this.notifications = notifications;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Notifies a person of the given tenant, once per {@code origin} (what caused it, e.g.
     * {@code comment:42}): a retried event adds no second notice. Called by listeners, after the
     * change committed, maybe outside any request. Returns true when a notice was added.
     */
    public boolean send(
            long tenantId,
            long recipientId,
            NotificationType type,
            Long actorId,
            List<String> params,
            NotificationTarget target,
            String origin) {
        String joined = params.stream().map(NotificationService::clean).collect(Collectors.joining(SEPARATOR));
        String stored = joined.length() <= 1000 ? joined : joined.substring(0, 1000);
        String key = origin.length() <= 160 ? origin : origin.substring(0, 160);
        return TenantContext.callAs(
                tenantId,
                () -> writer.saveOnce(
                        new NotificationEntry(recipientId, type, actorId, stored, target, key, clock.instant())));
    }

    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Page<NotificationItem> mine(Pageable pageable) {
        return notifications
                .findByRecipientIdOrderByCreatedAtDescIdDesc(me(), pageable)
                .map(NotificationService::item);
    }

    @BrandPersonOnly
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadFalse(me());
    }

    /** Marks one of the signed-in person's notifications read; true when it was theirs and unread. */
    @BrandPersonOnly
    @Transactional
    public boolean markRead(long notificationId) {
        return notifications.markRead(notificationId, me()) > 0;
    }

    /** Marks all of the signed-in person's notifications read; returns how many were unread. */
    @BrandPersonOnly
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me());
    }

    private static long me() {
        return AuthenticatedUser.require().accountId();
    }

    private static NotificationItem item(NotificationEntry n) {
        List<String> params = n.getParams().isEmpty()
                ? List.of()
                : Arrays.asList(n.getParams().split(SEPARATOR, -1));
        return new NotificationItem(
                n.getId(), n.getType(), n.getActorId(), params, n.getTarget(), n.isRead(), n.getCreatedAt());
    }

    private static String clean(String value) {
        String text = value == null ? "" : value.replace(SEPARATOR, " ").strip();
        return text.length() <= MAX_PARAM ? text : text.substring(0, MAX_PARAM);
    }
}
