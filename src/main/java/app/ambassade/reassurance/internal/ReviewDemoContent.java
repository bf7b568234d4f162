package app.ambassade.reassurance.internal;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.reassurance.ReviewDraft;
import app.ambassade.reassurance.ReviewFilter;
import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo reviews (embedded default only): written by the demo members, then moderated by the demo
 * brand manager through the same services people use — approved ones with a brand reply, one
 * refused under a published criterion, one left pending — so that the trust page shows real data.
 */
@Component
@ConditionalOnProperty(name = "ambassade.demo-data", havingValue = "true")
class ReviewDemoContent {

    private final TenantService tenants;
    private final AccountProvisioning accounts;
    private final ReviewService reviews;

    ReviewDemoContent(TenantService tenants, AccountProvisioning accounts, ReviewService reviews) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.reviews = reviews;
    }

    private record Demo(String author, int rating, String title, String text, int daysAgo, String outcome) {}

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void seed() {
        tenants.findBySlug("maison-lumiere")
                .ifPresent(t -> seed(
                        t,
                        "claire@maison-lumiere.fr",
                        List.of(
                                new Demo(
                                        "lucas@example.fr",
                                        5,
                                        "Une crème qui tient ses promesses",
                                        "Peau apaisée en une semaine, texture légère et parfum discret. Je recommande.",
                                        20,
                                        "reply:Merci Lucas, toute l'équipe de Grasse est ravie !"),
                                new Demo(
                                        "chloe@example.fr",
                                        4,
                                        "Très bon sérum",
                                        "Efficace et agréable. Le flacon pompe pourrait être plus solide.",
                                        35,
                                        "approve"),
                                new Demo(
                                        "ines@example.fr",
                                        5,
                                        "Service client au top",
                                        "Un conseil personnalisé par téléphone et un échantillon adapté à ma peau.",
                                        60,
                                        "approve"),
                                new Demo(
                                        "hugo@example.fr",
                                        2,
                                        "Livraison trop lente",
                                        "Le produit est bien, mais le colis est arrivé avec quatre jours de retard.",
                                        12,
                                        "reply:Hugo, nous sommes désolés de ce retard ; notre transporteur a changé depuis."),
                                new Demo(
                                        "lucas@example.fr",
                                        1,
                                        "Arnaque !!!",
                                        "Appelez le 06 12 34 56 78 pour savoir ce que je pense de ce vendeur.",
                                        3,
                                        "refuse:PERSONAL_DATA"),
                                new Demo(
                                        "chloe@example.fr",
                                        4,
                                        "Joli coffret cadeau",
                                        "Offert à ma mère, elle a adoré l'emballage et les miniatures.",
                                        1,
                                        "pending"))));
        tenants.findBySlug("cimes-outdoor")
                .ifPresent(t -> seed(
                        t,
                        "sam@cimes-outdoor.com",
                        List.of(
                                new Demo(
                                        "noah@example.com",
                                        5,
                                        "Warm and light",
                                        "Wore the down jacket on a winter trek at -15 °C: perfectly warm and packs small.",
                                        40,
                                        "reply:Thanks Noah, enjoy the next summit!"),
                                new Demo(
                                        "lea@example.com",
                                        4,
                                        "Great boots after break-in",
                                        "Stiff for the first two hikes, then very comfortable and fully waterproof.",
                                        25,
                                        "approve"),
                                new Demo(
                                        "maya@example.com",
                                        3,
                                        "Good tent, heavy",
                                        "Solid in the wind, but heavier than announced on the product page.",
                                        15,
                                        "approve"))));
    }

    private void seed(TenantSummary tenant, String managerEmail, List<Demo> demos) {
        Optional<AuthenticatedUser> manager =
                asPlatform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), managerEmail));
        if (manager.isEmpty() || as(manager.get(), () -> reviews.count(ReviewFilter.any())) > 0) {
            return;
        }
        for (Demo demo : demos) {
            Optional<AuthenticatedUser> author =
                    asPlatform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), demo.author()));
            if (author.isEmpty()) {
                continue;
            }
            long id = as(
                            author.get(),
                            () -> reviews.submit(new ReviewDraft(
                                    demo.rating(),
                                    demo.title(),
                                    demo.text(),
                                    LocalDate.now().minusDays(demo.daysAgo()))))
                    .id();
            as(manager.get(), () -> moderate(id, demo.outcome()));
        }
    }

    private Object moderate(long id, String outcome) {
        if (outcome.startsWith("refuse:")) {
            return reviews.refuse(
                    id,
                    ReviewRefusalCriterion.valueOf(outcome.substring(7)),
                    "Les numéros de téléphone ne sont pas publiés.");
        }
        if (outcome.equals("pending")) {
            return null;
        }
        reviews.approve(id);
        return outcome.startsWith("reply:") ? reviews.reply(id, outcome.substring(6)) : null;
    }

    private static <T> T asPlatform(Supplier<T> work) {
        return ActingAs.platform(work);
    }

    private static <T> T as(AuthenticatedUser user, Supplier<T> work) {
        return ActingAs.person(user, work);
    }
}
