package app.ambassade.platform.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.mail.ui.MailNavigation;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.ui.HomeCard;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * The platform admin's home card: how many brands are active or suspended, and the way to the
 * console's views. Other people get no card from this module.
 */
@org.springframework.stereotype.Component
class PlatformHomeCard implements HomeCard {

    private final TenantService tenants;

    PlatformHomeCard(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (AuthenticatedUser.current().filter(AuthenticatedUser::platformAdmin).isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassNames("card", "platform-card");
        card.add(new H3(card.getTranslation("platform.home.title")));
        HorizontalLayout figures = new HorizontalLayout(
                figure(card, tenants.count(TenantStatus.ACTIVE), "platform.home.active", "active-count"),
                figure(card, tenants.count(TenantStatus.SUSPENDED), "platform.home.suspended", "suspended-count"));
        figures.setSpacing(true);
        VerticalLayout links = new VerticalLayout(
                new RouterLink(card.getTranslation("platform.home.tenants-link"), TenantsView.class),
                new RouterLink(card.getTranslation("platform.home.audit-link"), PlatformAuditView.class),
                new Anchor(MailNavigation.outbox(), card.getTranslation("platform.home.outbox-link")));
        links.setPadding(false);
        links.setSpacing(false);
        card.add(figures, links);
        return Optional.of(card);
    }

    private static com.vaadin.flow.component.Component figure(Div card, long count, String labelKey, String className) {
        Span number = new Span(NumberFormat.getIntegerInstance(TranslationProvider.supported(
                        UI.getCurrent() == null ? null : UI.getCurrent().getLocale()))
                .format(count));
        number.addClassNames("figure", className);
        Span label = new Span(card.getTranslation(labelKey, count));
        VerticalLayout figure = new VerticalLayout(number, label);
        figure.setPadding(false);
        figure.setSpacing(false);
        figure.setAlignItems(FlexComponent.Alignment.START);
        return figure;
    }

    @Override
    public int order() {
        return 10;
    }
}
