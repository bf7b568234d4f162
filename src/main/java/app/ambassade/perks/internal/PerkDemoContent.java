package app.ambassade.perks.internal;

import app.ambassade.community.Tier;
import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.ContentDetails;
import app.ambassade.perks.EarlyAccessDetails;
import app.ambassade.perks.EventDetails;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkForm;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRules;
import app.ambassade.perks.PerkStatus;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo perks (embedded default only), created and published by each demo brand manager through the
 * catalogue: an event with 10 seats and a waitlist, a gated article for the top tier, an early access with
 * single-use codes (48 h early for the top tier) and a co-creation seat.
 */
@Component
@ConditionalOnProperty(name = "ambassade.demo-data", havingValue = "true")
class PerkDemoContent {

    private final TenantService tenants;
    private final AccountProvisioning accounts;
    private final PerkCatalogue catalogue;

    PerkDemoContent(TenantService tenants, AccountProvisioning accounts, PerkCatalogue catalogue) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void seed() {
        tenants.findBySlug("maison-lumiere").ifPresent(t -> manager(t, "claire@maison-lumiere.fr")
                .ifPresent(m -> ActingAs.person(m, () -> seedLumiere())));
        tenants.findBySlug("cimes-outdoor").ifPresent(t -> manager(t, "sam@cimes-outdoor.com")
                .ifPresent(m -> ActingAs.person(m, () -> seedCimes())));
    }

    private Optional<AuthenticatedUser> manager(TenantSummary tenant, String email) {
        return ActingAs.platform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), email));
    }

    private void seedLumiere() {
        if (catalogue.count(Set.of(), null) > 0) {
            return;
        }
        int topTier = catalogue.tiers().stream().max(Comparator.comparingInt(Tier::rank)).map(Tier::rank).orElse(1);
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate day = LocalDate.now(paris).plusDays(10);
        publish(new PerkForm(PerkKind.EVENT, "Soirée atelier à Grasse",
                "Une soirée dans notre atelier : création de votre eau de toilette avec notre parfumeur, "
                        + "dégustation de macarons à la rose. Dix places seulement.",
                null, null, PerkRules.open(), 10, true, null,
                new EventDetails(day.atTime(LocalTime.of(19, 0)), day.atTime(LocalTime.of(22, 0)), "Europe/Paris",
                        "Atelier Maison Lumière, 8 place aux Aires, 06130 Grasse", null, 24,
                        "Merci d'être venu·e ! Votre flacon vous attend en boutique, gravé à votre nom.", true),
                null));
        publish(new PerkForm(PerkKind.CONTENT, "Les coulisses de la collection d'hiver",
                "Le carnet de notre parfumeur : matières premières, essais ratés et le flacon final, "
                        + "réservé au niveau le plus élevé.",
                null, null, new PerkRules(topTier, false, Set.of(), Map.of()), null, false, null, null,
                new ContentDetails("""
                        ## Trois ans pour un parfum

                        Tout commence par une **rose centifolia** cueillie à l'aube, à Grasse.
                        Nous avons testé *quarante-deux* accords avant de retenir celui-ci.

                        - la récolte en mai ;
                        - l'enfleurage, comme autrefois ;
                        - le flacon, soufflé à Biot.

                        > « Un parfum doit raconter un lieu. » — notre parfumeur
                        """, null)));
        long codes = catalogue.create(new PerkForm(PerkKind.EARLY_ACCESS, "Avant-première : coffret de Noël",
                "Commandez le coffret de Noël avant tout le monde, avec un code personnel de livraison offerte.",
                Instant.now().plusSeconds(3 * 24 * 3600), null, new PerkRules(null, false, Set.of(), Map.of(topTier, 48)),
                null, false, new EarlyAccessDetails("https://maison-lumiere.example/coffret-noel", null, true), null, null));
        catalogue.importCodes(codes, IntStream.rangeClosed(1, 20).mapToObj(i -> "NOEL-" + (4200 + i * 37))
                .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8));
        catalogue.setStatus(codes, PerkStatus.PUBLISHED);
        publish(new PerkForm(PerkKind.CO_CREATION, "Co-créez notre prochain soin",
                "Cinq membres rejoignent notre laboratoire pour deux ateliers : textures, parfum, nom du produit.",
                null, null, PerkRules.open(), 5, false, null, null, null));
    }

    private void seedCimes() {
        if (catalogue.count(Set.of(), null) > 0) {
            return;
        }
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Zurich")).plusDays(14);
        publish(new PerkForm(PerkKind.EVENT, "Sunrise trail run with our athletes",
                "Ten kilometres above Lake Geneva at dawn with the Cimes team, breakfast included.",
                null, null, PerkRules.open(), 12, true, null,
                new EventDetails(day.atTime(LocalTime.of(6, 30)), day.atTime(LocalTime.of(9, 30)), "Europe/Zurich",
                        "Col de Jaman car park, Montreux", null, 12, "Thanks for running with us! Photos are in the community.",
                        true), null));
        publish(new PerkForm(PerkKind.EARLY_ACCESS, "Early access: the winter sale",
                "Shop the winter sale two days before everyone else.", null, null, PerkRules.open(), null, false,
                new EarlyAccessDetails("https://cimes-outdoor.example/winter-sale", "CIMES-EARLY", false), null, null));
    }

    private void publish(PerkForm form) {
        long id = catalogue.create(form);
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
    }

}
