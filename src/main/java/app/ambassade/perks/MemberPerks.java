package app.ambassade.perks;

import app.ambassade.shared.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Perks as members and ambassadors see and claim them (brand managers use {@link PerkCatalogue}).
 * Refusals are {@code InvalidInputException}s: field {@code claim} with
 * {@code perk-claims.error.tier|ambassadors-only|community|not-yet-open|closed|already-claimed|full|no-codes-left|wrong-kind},
 * field {@code motivation} (validation.*), field {@code cancel} with {@code perk-claims.error.cancel-cutoff|not-cancellable},
 * field {@code score} with {@code perk-claims.error.score|pulse-answered}. Unknown, draft and other tenants' ids:
 * {@link PerkNotFoundException}.
 */
@Service
public class MemberPerks {

    static final String MEMBERS = "hasAnyRole('" + Roles.MEMBER + "', '" + Roles.AMBASSADOR + "')";

    @PreAuthorize(MEMBERS)
    public List<PerkCard> browse(PerkKind kindOrNull) {
        return List.of();
    }

    @PreAuthorize(MEMBERS)
    public Optional<PerkCard> find(long perkId) {
        return Optional.empty();
    }

    @PreAuthorize(MEMBERS)
    public List<PerkCard> mine() {
        return List.of();
    }

    @PreAuthorize(MEMBERS)
    public ClaimOutcome claim(long perkId) {
        throw new PerkNotFoundException();
    }

    @PreAuthorize(MEMBERS)
    public ClaimOutcome apply(long perkId, String motivation) {
        throw new PerkNotFoundException();
    }

    @PreAuthorize(MEMBERS)
    public void cancel(long perkId) {
        throw new PerkNotFoundException();
    }

    @PreAuthorize(MEMBERS)
    public Optional<PerkContent> content(long perkId) {
        return Optional.empty();
    }

    @PreAuthorize(MEMBERS)
    public Optional<StoredFile> file(long perkId) {
        return Optional.empty();
    }

    @PreAuthorize(MEMBERS)
    public Optional<StoredFile> image(long perkId) {
        return Optional.empty();
    }

    @PreAuthorize(MEMBERS)
    public Optional<String> calendar(long perkId) {
        return Optional.empty();
    }

    @PreAuthorize(MEMBERS)
    public List<PendingPulse> pendingPulses() {
        return List.of();
    }

    @PreAuthorize(MEMBERS)
    public void answerPulse(long pulseId, int score) {
        throw new PerkNotFoundException();
    }
}
