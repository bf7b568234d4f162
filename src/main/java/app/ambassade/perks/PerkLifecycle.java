package app.ambassade.perks;

import app.ambassade.identity.MailRecipient;
import app.ambassade.identity.PeopleDirectory;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.perks.internal.PerkSettings;
import app.ambassade.perks.internal.PerkSettingsRepository;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of events after publication, for every active brand: the reminder the day before, and when
 * an event has ended the no-shows, the thank-you to attendees and the satisfaction pulse.
 *
 * <p>Safe to run on several nodes at once and to run again: each step is claimed by a conditional
 * update (reminder sent, event closed, attendee thanked) that only one caller wins, and that mark is
 * committed before anything is sent. A crash between the two loses a message rather than sending it
 * twice. Pulse decisions of a brand are taken one at a time under a lock on its settings row, so that
 * nobody gets two pulses within the interval even when two events close together.
 */
@Component
public class PerkLifecycle {

    static final Duration REMINDER_HORIZON = Duration.ofHours(24);
    static final int THANK_YOU_MAX = 300;
    private static final Logger log = LoggerFactory.getLogger(PerkLifecycle.class);

    private final TenantService tenants;
    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final PerkPulseRepository pulses;
    private final PerkSettingsRepository settings;
    private final NotificationService notifications;
    private final PeopleDirectory people;
    private final PerkMail mail;
    private final TranslationProvider i18n;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    PerkLifecycle(
            TenantService tenants,
            PerkRepository perks,
            PerkClaimRepository claims,
            PerkPulseRepository pulses,
            PerkSettingsRepository settings,
            NotificationService notifications,
            PeopleDirectory people,
            PerkMail mail,
            TranslationProvider i18n,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${ambassade.perks.lifecycle-enabled:true}") boolean enabled) {
        this.tenants = tenants;
        this.perks = perks;
        this.claims = claims;
        this.pulses = pulses;
        this.settings = settings;
        this.notifications = notifications;
        this.people = people;
        this.mail = mail;
        this.i18n = i18n;
        // A transaction of its own also when called from a listener after another one committed.
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${ambassade.perks.lifecycle-delay:60s}",
            initialDelayString = "${ambassade.perks.lifecycle-delay:60s}")
    void scheduled() {
        if (enabled) {
            runOnce();
        }
    }

    /** One pass over every active brand, at the clock's current instant. */
    public void runOnce() {
        for (long tenantId : tenants.activeTenantIds()) {
            try {
                runOnce(tenantId);
            } catch (RuntimeException e) {
                log.warn("perk lifecycle failed for tenant={}", tenantId, e);
            }
        }
    }

    /** One pass over one brand. Must be called outside any transaction. */
    public void runOnce(long tenantId) {
        Instant now = clock.instant();
        TenantContext.runAs(tenantId, () -> {
            remind(tenantId, now);
            close(tenantId, now);
        });
    }

    private void remind(long tenantId, Instant now) {
        List<Long> due = tx.execute(s -> perks.eventsToRemind(now, now.plus(REMINDER_HORIZON)));
        for (long perkId : due) {
            Reminder reminder = tx.execute(s -> {
                if (perks.markReminderSent(perkId, now) == 0) {
                    return null;
                }
                Perk p = perks.findById(perkId).orElseThrow();
                List<Long> attendees = claims.findByPerkIdAndStatus(perkId, ClaimStatus.CONFIRMED).stream()
                        .map(PerkClaim::getMemberId)
                        .toList();
                return new Reminder(p.getTitle(), p.getStartsAt(), ZoneId.of(p.getZoneId()), attendees);
            });
            if (reminder == null || reminder.attendees().isEmpty()) {
                continue;
            }
            Map<Long, MailRecipient> recipients = people.recipients(tenantId, reminder.attendees());
            for (long member : reminder.attendees()) {
                MailRecipient to = recipients.get(member);
                String when = when(reminder.start(), reminder.zone(), to == null ? Locale.ENGLISH : to.language());
                send(tenantId, member, NotificationType.PERK_EVENT_REMINDER, perkId, List.of(reminder.title(), when));
                if (to != null) {
                    try {
                        mail.reminder(tenantId, to, perkId, reminder.title(), when);
                    } catch (RuntimeException e) {
                        log.warn("reminder e-mail not sent: tenant={} perk={} member={}", tenantId, perkId, member, e);
                    }
                }
            }
        }
    }

    private void close(long tenantId, Instant now) {
        List<Long> ended = tx.execute(s -> perks.eventsToClose(now));
        for (long perkId : ended) {
            Boolean won = tx.execute(s -> {
                if (perks.markClosed(perkId, now) == 0) {
                    return false;
                }
                claims.markNoShows(perkId);
                return true;
            });
            if (Boolean.TRUE.equals(won)) {
                thank(tenantId, perkId);
            }
        }
    }

    /**
     * Thanks every attendee of a closed event who was not thanked yet (at closing, or after a late
     * check-in), and sends each the pulse if the event has one and the person had none within the brand's
     * interval. Does nothing while the event is open. Must be called outside any transaction.
     */
    void thank(long tenantId, long perkId) {
        TenantContext.runAs(tenantId, () -> {
            if (!Boolean.TRUE.equals(tx.execute(s ->
                    perks.findById(perkId).map(p -> p.getClosedAt() != null).orElse(false)))) {
                return; // still open: the closing will thank everyone checked in by then
            }
            ensureSettings();
            Instant now = clock.instant();
            Thanks thanks = tx.execute(s -> {
                int days = settings.lockCurrent()
                        .map(PerkSettings::getPulseIntervalDays)
                        .orElse(PerkSettings.DEFAULT_PULSE_INTERVAL_DAYS);
                Perk p = perks.findById(perkId).orElse(null);
                if (p == null || p.getClosedAt() == null) {
                    return null;
                }
                Thanks result =
                        new Thanks(p.getTitle(), excerpt(p.getThankYouMessage()), new ArrayList<>(), new ArrayList<>());
                for (PerkClaim c : claims.findByPerkIdAndStatus(perkId, ClaimStatus.CONFIRMED)) {
                    if (c.getAttendance() != Attendance.ATTENDED
                            || c.getThankedAt() != null
                            || claims.markThanked(c.getId(), now) == 0) {
                        continue;
                    }
                    result.thanked().add(c.getMemberId());
                    if (p.isPulseEnabled()
                            && !pulses.existsByPerkIdAndMemberId(perkId, c.getMemberId())
                            && !pulses.existsByMemberIdAndSentAtAfter(
                                    c.getMemberId(), now.minus(Duration.ofDays(days)))) {
                        pulses.save(new PerkPulse(perkId, c.getMemberId(), now));
                        result.pulsed().add(c.getMemberId());
                    }
                }
                return result;
            });
            if (thanks == null) {
                return;
            }
            thanks.thanked()
                    .forEach(member -> send(
                            tenantId,
                            member,
                            NotificationType.PERK_EVENT_THANKS,
                            perkId,
                            List.of(thanks.title(), thanks.message())));
            thanks.pulsed()
                    .forEach(member ->
                            send(tenantId, member, NotificationType.PERK_PULSE, perkId, List.of(thanks.title())));
        });
    }

    /** The settings row exists before it is locked (two first runs may race to create it: one wins). */
    private void ensureSettings() {
        try {
            tx.executeWithoutResult(s -> {
                if (settings.current().isEmpty()) {
                    settings.save(new PerkSettings(PerkSettings.DEFAULT_PULSE_INTERVAL_DAYS));
                }
            });
        } catch (DataIntegrityViolationException createdByAnother) {
            // the other caller's row is the one we lock
        }
    }

    /** "mardi 1 décembre 2026 à 19:00 (heure de Paris)": the event's own time, in the reader's language. */
    String when(Instant start, ZoneId zone, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        ZonedDateTime local = start.atZone(zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(local);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(local);
        String id = zone.getId();
        String zoneName = id.contains("/")
                ? i18n.getTranslation(
                        "perk-ops.reminder.zone",
                        locale,
                        id.substring(id.lastIndexOf('/') + 1).replace('_', ' '))
                : zone.getDisplayName(TextStyle.FULL, locale);
        return i18n.getTranslation("perk-ops.reminder.when", locale, date, time, zoneName);
    }

    private void send(long tenantId, long member, NotificationType type, long perkId, List<String> params) {
        try {
            notifications.send(
                    tenantId,
                    member,
                    type,
                    null,
                    params,
                    PerkTarget.of(perkId),
                    "perk-" + type.name().toLowerCase(java.util.Locale.ROOT) + ":" + perkId);
        } catch (RuntimeException e) {
            log.warn(
                    "notification not created: tenant={} member={} type={} perk={}", tenantId, member, type, perkId, e);
        }
    }

    private static String excerpt(String message) {
        String text = message == null ? "" : message.strip();
        return text.length() <= THANK_YOU_MAX ? text : text.substring(0, THANK_YOU_MAX);
    }

    private record Reminder(String title, Instant start, ZoneId zone, List<Long> attendees) {}

    private record Thanks(String title, String message, List<Long> thanked, List<Long> pulsed) {}
}
