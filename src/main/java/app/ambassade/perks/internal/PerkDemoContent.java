package app.ambassade.perks.internal;

import app.ambassade.engagement.Tier;
import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.ContentDetails;
import app.ambassade.perks.EarlyAccessDetails;
import app.ambassade.perks.EventDetails;
import app.ambassade.perks.MemberPerks;
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
 * single-use codes (48 h early for the top tier) and a co-creation seat. Two demo members hold seats and the
 * ambassador applied for co-creation, through the members' own service.
 */
@Component
@ConditionalOnProperty(name = "ambassade.demo-data", havingValue = "true")
class PerkDemoContent {

    private final TenantService tenants;
    private final AccountProvisioning accounts;
    private final PerkCatalogue catalogue;
    private final MemberPerks members;

    PerkDemoContent(TenantService tenants, AccountProvisioning accounts, PerkCatalogue catalogue, MemberPerks members) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.members = members;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void seed() {
        tenants.findBySlug("maison-lumiere")
                .ifPresent(t -> manager(t, "claire@maison-lumiere.fr")
                        .flatMap(m -> ActingAs.person(m, this::seedLumiere))
                        .ifPresent(ids -> {
                            as(t, "lucas@example.fr", () -> members.claim(ids.event()));
                            as(t, "chloe@example.fr", () -> members.claim(ids.event()));
                            as(
                                    t,
                                    "ines@example.fr",
                                    () -> members.apply(
                                            ids.coCreation(),
                                            "Je teste toutes vos textures depuis trois ans et je tiens un carnet de notes."));
                        }));
        tenants.findBySlug("cimes-outdoor")
                .ifPresent(
                        t -> manager(t, "sam@cimes-outdoor.com").ifPresent(m -> ActingAs.person(m, () -> seedCimes())));
    }

    private Optional<AuthenticatedUser> manager(TenantSummary tenant, String email) {
        return ActingAs.platform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), email));
    }

    private record LumiereIds(long event, long coCreation) {}

    private Optional<LumiereIds> seedLumiere() {
        if (catalogue.count(Set.of(), null) > 0) {
            return Optional.empty();
        }
        int topTier = catalogue.tiers().stream()
                .max(Comparator.comparingInt(Tier::rank))
                .map(Tier::rank)
                .orElse(1);
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate day = LocalDate.now(paris).plusDays(10);
        long event = publish(new PerkForm(
                PerkKind.EVENT,
                "Soirée atelier à Grasse",
                "Une soirée dans notre atelier : création de votre eau de toilette avec notre parfumeur, "
                        + "dégustation de macarons à la rose. Dix places seulement.",
                null,
                null,
                PerkRules.open(),
                10,
                true,
                null,
                new EventDetails(
                        day.atTime(LocalTime.of(19, 0)),
                        day.atTime(LocalTime.of(22, 0)),
                        "Europe/Paris",
                        "Atelier Maison Lumière, 8 place aux Aires, 06130 Grasse",
                        null,
                        24,
                        "Merci d'être venu·e ! Votre flacon vous attend en boutique, gravé à votre nom.",
                        true),
                null));
        publish(new PerkForm(
                PerkKind.CONTENT,
                "Les coulisses de la collection d'hiver",
                "Le carnet de notre parfumeur : matières premières, essais ratés et le flacon final, "
                        + "réservé au niveau le plus élevé.",
                null,
                null,
                new PerkRules(topTier, false, Set.of(), Map.of()),
                null,
                false,
                null,
                null,
                new ContentDetails("""
                        ## Trois ans pour un parfum

                        Tout commence par une **rose centifolia** cueillie à l'aube, à Grasse.
                        Nous avons testé *quarante-deux* accords avant de retenir celui-ci.

                        - la récolte en mai ;
                        - l'enfleurage, comme autrefois ;
                        - le flacon, soufflé à Biot.

                        > « Un parfum doit raconter un lieu. » — notre parfumeur
                        """, null)));
        long codes = catalogue.create(new PerkForm(
                PerkKind.EARLY_ACCESS,
                "Avant-première : coffret de Noël",
                "Commandez le coffret de Noël avant tout le monde, avec un code personnel de livraison offerte.",
                Instant.now().plusSeconds(3 * 24 * 3600),
                null,
                new PerkRules(null, false, Set.of(), Map.of(topTier, 48)),
                null,
                false,
                new EarlyAccessDetails("https://maison-lumiere.example/coffret-noel", null, true),
                null,
                null));
        catalogue.importCodes(
                codes,
                IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> "NOEL-" + (4200 + i * 37))
                        .collect(Collectors.joining("\n"))
                        .getBytes(StandardCharsets.UTF_8));
        catalogue.setStatus(codes, PerkStatus.PUBLISHED);
        long coCreation = publish(new PerkForm(
                PerkKind.CO_CREATION,
                "Co-créez notre prochain soin",
                "Cinq membres rejoignent notre laboratoire pour deux ateliers : textures, parfum, nom du produit.",
                null,
                null,
                PerkRules.open(),
                5,
                false,
                null,
                null,
                null));
        return Optional.of(new LumiereIds(event, coCreation));
    }

    private void seedCimes() {
        if (catalogue.count(Set.of(), null) > 0) {
            return;
        }
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Zurich")).plusDays(14);
        publish(new PerkForm(
                PerkKind.EVENT,
                "Sunrise trail run with our athletes",
                "Ten kilometres above Lake Geneva at dawn with the Cimes team, breakfast included.",
                null,
                null,
                PerkRules.open(),
                12,
                true,
                null,
                new EventDetails(
                        day.atTime(LocalTime.of(6, 30)),
                        day.atTime(LocalTime.of(9, 30)),
                        "Europe/Zurich",
                        "Col de Jaman car park, Montreux",
                        null,
                        12,
                        "Thanks for running with us! Photos are in the community.",
                        true),
                null));
        publish(new PerkForm(
                PerkKind.EARLY_ACCESS,
                "Early access: the winter sale",
                "Shop the winter sale two days before everyone else.",
                null,
                null,
                PerkRules.open(),
                null,
                false,
                new EarlyAccessDetails("https://cimes-outdoor.example/winter-sale", "CIMES-EARLY", false),
                null,
                null));
    }

    private long publish(PerkForm form) {
        long id = catalogue.create(form);
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        return id;
    }

    /** Demo members take part through the same service as on their phones. */
    private void as(TenantSummary tenant, String email, Runnable work) {
        ActingAs.platform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), email))
                .ifPresent(person -> ActingAs.person(person, work));
    }
}
