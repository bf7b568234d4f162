package app.ambassade.reassurance.internal;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.reassurance.FaqForm;
import app.ambassade.reassurance.PolicyService;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.TransparencyFactForm;
import app.ambassade.reassurance.TransparencyFactKind;
import app.ambassade.reassurance.TrustContentService;
import app.ambassade.reassurance.TrustLabelForm;
import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.reassurance.WidgetSettingsService;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo reassurance content (embedded default only, as the demo module's seed): labels, facts,
 * policies with an earlier version, FAQ and widget origins for the two demo brands, written as their
 * brand managers, once, after the demo brands exist. It lives here because the demo module may not
 * depend on feature modules.
 */
@Component
@ConditionalOnProperty(name = "ambassade.demo-data", havingValue = "true")
class TrustDemoContent {

    private final TenantService tenants;
    private final TrustContentService content;
    private final PolicyService policies;
    private final WidgetSettingsService widgets;
    private final AccountProvisioning accounts;

    TrustDemoContent(
            TenantService tenants,
            TrustContentService content,
            PolicyService policies,
            WidgetSettingsService widgets,
            AccountProvisioning accounts) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.content = content;
        this.policies = policies;
        this.widgets = widgets;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seed() {
        tenants.findBySlug("maison-lumiere").ifPresent(t -> as(t, "claire@maison-lumiere.fr", this::lumiere));
        tenants.findBySlug("cimes-outdoor").ifPresent(t -> as(t, "sam@cimes-outdoor.com", this::cimes));
    }

    /** Runs as the brand's demo manager, once: only while the brand has no label yet. */
    private void as(TenantSummary tenant, String email, Runnable work) {
        ActingAs.platform(() -> accounts.activeAccount(tenant.id(), tenant.slug(), email))
                .ifPresent(manager -> ActingAs.person(manager, () -> {
                    if (content.labels(PageRequest.of(0, 1)).isEmpty()) {
                        work.run();
                    }
                }));
    }

    private void lumiere() {
        content.saveLabel(
                null,
                new TrustLabelForm(
                        "Paiement sécurisé 3-D Secure",
                        TrustLabelKind.SECURE_PAYMENT,
                        "https://www.cartes-bancaires.com",
                        "Vos paiements par carte sont chiffrés et authentifiés par votre banque.",
                        10));
        content.saveLabel(
                null,
                new TrustLabelForm(
                        "Fabriqué en France",
                        TrustLabelKind.QUALITY_LABEL,
                        null,
                        "Nos soins sont formulés et fabriqués dans notre atelier de Grasse.",
                        20));
        content.saveLabel(
                null,
                new TrustLabelForm(
                        "Cosmétique bio COSMOS",
                        TrustLabelKind.CERTIFICATION,
                        null,
                        "Nos soins certifiés suivent le référentiel COSMOS de la cosmétique biologique.",
                        30));
        content.saveFact(
                null,
                new TransparencyFactForm(
                        TransparencyFactKind.DELIVERY_TIME,
                        "truck",
                        "Expédié sous 48 h ouvrées, livré en 2 à 4 jours en France métropolitaine.",
                        10));
        content.saveFact(
                null,
                new TransparencyFactForm(
                        TransparencyFactKind.STOCK_AVAILABILITY,
                        "package",
                        "Le stock affiché est celui de notre atelier, mis à jour en temps réel.",
                        20));
        content.saveFact(
                null,
                new TransparencyFactForm(
                        TransparencyFactKind.TOTAL_COST,
                        "euro",
                        "Prix TTC, livraison offerte dès 80 € : aucun frais ajouté au paiement.",
                        30));
        policies.saveDraft(
                PolicyType.RETURN, "## Retours\n\nVous disposez de **14 jours** pour nous retourner un article.");
        policies.publish(PolicyType.RETURN);
        policies.saveDraft(
                PolicyType.RETURN,
                "## Retours\n\nVous disposez de **30 jours** après réception pour nous "
                        + "retourner un article, sans justification.\n\n- Retour gratuit avec l’étiquette fournie\n"
                        + "- Remboursement sous 5 jours après réception du colis");
        policies.publish(PolicyType.RETURN);
        policies.saveDraft(
                PolicyType.DELIVERY,
                "## Livraison\n\nColissimo suivi, 2 à 4 jours ouvrés. " + "Livraison offerte dès 80 € d’achat.");
        policies.publish(PolicyType.DELIVERY);
        policies.saveDraft(
                PolicyType.PRIVACY,
                "## Confidentialité\n\nNous n’utilisons vos données que pour traiter "
                        + "vos commandes et votre programme de fidélité. Vous pouvez les exporter ou les supprimer à tout moment.");
        policies.publish(PolicyType.PRIVACY);
        content.saveFaq(
                null,
                new FaqForm(
                        "Commandes",
                        "Puis-je modifier ma commande ?",
                        "Oui, tant qu’elle n’est pas expédiée : répondez simplement à l’e-mail de confirmation.",
                        10));
        content.saveFaq(
                null,
                new FaqForm(
                        "Commandes",
                        "Puis-je recevoir des échantillons ?",
                        "Oui : chaque commande contient **deux échantillons** choisis selon votre type de peau.",
                        20));
        content.saveFaq(
                null,
                new FaqForm(
                        "Retours",
                        "Comment retourner un article ?",
                        "Depuis votre espace membre, choisissez *Retourner* : l’étiquette gratuite arrive par e-mail.",
                        10));
        widgets.saveOrigins("http://localhost:5500\nhttp://127.0.0.1:5500");
    }

    private void cimes() {
        content.saveLabel(
                null,
                new TrustLabelForm(
                        "Secure checkout",
                        TrustLabelKind.SECURE_PAYMENT,
                        null,
                        "Card payments are encrypted and confirmed by your bank (3-D Secure).",
                        10));
        content.saveLabel(
                null,
                new TrustLabelForm(
                        "1% for the Planet",
                        TrustLabelKind.QUALITY_LABEL,
                        "https://www.onepercentfortheplanet.org",
                        "We give 1% of our sales to environmental groups.",
                        20));
        content.saveFact(
                null,
                new TransparencyFactForm(
                        TransparencyFactKind.DELIVERY_TIME,
                        "truck",
                        "Ships within 24 hours; delivered in 3 to 5 working days.",
                        10));
        content.saveFact(
                null,
                new TransparencyFactForm(
                        TransparencyFactKind.TOTAL_COST,
                        "euro",
                        "Prices include VAT; shipping is shown before you pay.",
                        20));
        policies.saveDraft(
                PolicyType.RETURN, "## Returns\n\nReturn any unused item within **60 days** for a full refund.");
        policies.publish(PolicyType.RETURN);
        content.saveFaq(
                null,
                new FaqForm(
                        "Gear",
                        "Do you repair worn gear?",
                        "Yes: send it to our workshop, repairs are free for the first two years.",
                        10));
        widgets.saveOrigins("http://localhost:5500\nhttp://127.0.0.1:5500");
    }
}
