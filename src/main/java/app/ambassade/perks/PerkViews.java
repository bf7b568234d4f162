package app.ambassade.perks;

import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkArticleRepository;
import app.ambassade.perks.internal.PerkFile;
import app.ambassade.perks.internal.PerkFileRepository;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns perks into what members see, loading which have a picture, file or article in one query each. */
@Component
class PerkViews {

    private final PerkFileRepository files;
    private final PerkArticleRepository articles;

    PerkViews(PerkFileRepository files, PerkArticleRepository articles) {
        this.files = files;
        this.articles = articles;
    }

    List<PerkView> views(List<Perk> perks) {
        if (perks.isEmpty()) {
            return List.of();
        }
        List<Long> ids = perks.stream().map(Perk::getId).toList();
        Set<Long> images = new HashSet<>(files.perksWith(ids, PerkFile.Purpose.IMAGE));
        Set<Long> downloads = new HashSet<>(files.perksWith(ids, PerkFile.Purpose.DOWNLOAD));
        Set<Long> withArticle = new HashSet<>(articles.perksWithArticle(ids));
        return perks.stream()
                .map(p -> view(
                        p, images.contains(p.getId()), downloads.contains(p.getId()), withArticle.contains(p.getId())))
                .toList();
    }

    PerkView view(Perk perk) {
        return views(List.of(perk)).getFirst();
    }

    static PerkView view(Perk p, boolean hasImage, boolean hasFile, boolean hasArticle) {
        return new PerkView(
                p.getId(),
                p.getKind(),
                p.getStatus(),
                p.getTitle(),
                p.getDescription(),
                hasImage,
                p.getAvailableFrom(),
                p.getAvailableUntil(),
                p.getCapacity(),
                p.getTaken(),
                p.isWaitlistEnabled(),
                event(p),
                hasArticle,
                hasFile,
                p.getVideoLink() != null && !p.getVideoLink().isBlank());
    }

    static EventInfo event(Perk p) {
        if (p.getKind() != PerkKind.EVENT || p.getStartsAt() == null) {
            return null;
        }
        return new EventInfo(
                p.getStartsAt(),
                p.getEndsAt(),
                ZoneId.of(p.getZoneId()),
                p.getPlace(),
                p.getOnlineLink(),
                p.getStartsAt().minus(Duration.ofHours(p.getCancelCutoffHours())));
    }
}
