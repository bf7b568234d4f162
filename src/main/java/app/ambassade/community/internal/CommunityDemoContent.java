package app.ambassade.community.internal;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityService;
import app.ambassade.community.FeedPost;
import app.ambassade.community.FeedService;
import app.ambassade.community.Reaction;
import app.ambassade.community.Visibility;
import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo communities (embedded default only): created, joined and animated by the demo people
 * through the community services, so that feeds, the engagement ledger and notifications hold
 * real data from the first start.
 */
@Component
@ConditionalOnProperty(name = "ambassade.demo-data", havingValue = "true")
class CommunityDemoContent {

    private final TenantService tenants;
    private final AccountProvisioning accounts;
    private final CommunityService communities;
    private final FeedService feed;

    CommunityDemoContent(
            TenantService tenants, AccountProvisioning accounts, CommunityService communities, FeedService feed) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.communities = communities;
        this.feed = feed;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void seed() {
        tenants.findBySlug("maison-lumiere").ifPresent(this::lumiere);
        tenants.findBySlug("cimes-outdoor").ifPresent(this::cimes);
    }

    private void lumiere(TenantSummary t) {
        Optional<AuthenticatedUser> claire = person(t, "claire@maison-lumiere.fr");
        if (claire.isEmpty() || ActingAs.person(claire.get(), communities::countAll) > 0) {
            return;
        }
        long rituals = create(
                claire.get(),
                "Rituels beauté",
                "Partagez vos routines, vos astuces et vos découvertes Maison Lumière.",
                Visibility.OPEN);
        create(
                claire.get(),
                "Atelier de Grasse",
                "Les coulisses de nos formules, sur invitation : testez nos nouveautés avant tout le monde.",
                Visibility.INVITE_ONLY);
        long circle = create(
                claire.get(),
                "Cercle des ambassadrices",
                "L'espace réservé à nos ambassadrices : avant-premières et co-création.",
                Visibility.AMBASSADORS_ONLY);
        FeedPost welcome = ActingAs.person(
                claire.get(),
                () -> feed.publish(
                        rituals,
                        "**Bienvenue !** Présentez-vous et dites-nous quel soin ne quitte jamais votre salle de bain.",
                        null));
        ActingAs.person(claire.get(), () -> feed.pin(welcome.id(), true));
        person(t, "lucas@example.fr").ifPresent(lucas -> {
            ActingAs.person(lucas, () -> communities.join(rituals));
            FeedPost routine = ActingAs.person(
                    lucas,
                    () -> feed.publish(
                            rituals,
                            "Ma routine du soir : huile démaquillante, sérum éclat, puis la crème de nuit. Peau top le matin !",
                            null));
            person(t, "chloe@example.fr").ifPresent(chloe -> {
                ActingAs.person(chloe, () -> communities.join(rituals));
                ActingAs.person(
                        chloe, () -> feed.comment(routine.id(), "Merci ! Tu mets le sérum avant ou après l'huile ?"));
                ActingAs.person(chloe, () -> feed.toggleReaction(routine.id(), Reaction.LOVE));
            });
        });
        person(t, "ines@example.fr").ifPresent(ines -> {
            ActingAs.person(ines, () -> communities.join(rituals));
            ActingAs.person(ines, () -> communities.join(circle));
            ActingAs.person(
                    ines,
                    () -> feed.publish(
                            circle,
                            "J'ai testé le futur baume lèvres : texture fondante, on en parle à la réunion de jeudi ?",
                            null));
        });
    }

    private void cimes(TenantSummary t) {
        Optional<AuthenticatedUser> sam = person(t, "sam@cimes-outdoor.com");
        if (sam.isEmpty() || ActingAs.person(sam.get(), communities::countAll) > 0) {
            return;
        }
        long trails = create(
                sam.get(),
                "Trails & summits",
                "Share your routes, trip reports and questions about the gear.",
                Visibility.OPEN);
        create(sam.get(), "Gear testers", "Ambassadors test prototypes before launch.", Visibility.AMBASSADORS_ONLY);
        person(t, "noah@example.com").ifPresent(noah -> {
            ActingAs.person(noah, () -> communities.join(trails));
            ActingAs.person(
                    noah,
                    () -> feed.publish(
                            trails,
                            "Tour du Mont Blanc done in 9 days: the new poles survived every scree slope.",
                            null));
        });
    }

    private long create(AuthenticatedUser manager, String name, String description, Visibility visibility) {
        return ActingAs.person(
                        manager, () -> communities.create(new CommunityForm(name, description, visibility, null)))
                .id();
    }

    private Optional<AuthenticatedUser> person(TenantSummary tenant, String email) {
        return ActingAs.platform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), email));
    }
}
