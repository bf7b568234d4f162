package app.ambassade.identity.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Membership;
import app.ambassade.identity.MembershipService;
import app.ambassade.identity.Role;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import java.util.Set;

/** Members and ambassadors: their place in the brand's program, in plain words. */
@org.springframework.stereotype.Component
class MembershipHomeCard implements HomeCard {

    private static final Set<String> CONCERNED = Set.of(Roles.MEMBER, Roles.AMBASSADOR);

    private final MembershipService memberships;

    MembershipHomeCard(MembershipService memberships) {
        this.memberships = memberships;
    }

    @Override
    public Optional<Component> create() {
        boolean concerned = AuthenticatedUser.current()
                .map(u -> CONCERNED.contains(u.role()))
                .orElse(false);
        if (!concerned) {
            return Optional.empty();
        }
        return memberships.mine().map(this::card);
    }

    private Component card(Membership membership) {
        Div card = new Div();
        card.addClassName("narrow");
        card.addClassNames("card", "membership-card");
        card.add(new H3(card.getTranslation("home.membership.title")));

        Span brand = new Span(membership.brandName());
        brand.addClassName("figure");
        brand.setId("membership-brand");
        brand.addClassNames(LumoUtility.Display.BLOCK, "wrap-anywhere");
        card.add(brand);

        String language = card.getTranslation(
                "language." + TranslationProvider.supported(membership.locale()).getLanguage());
        card.add(
                line(
                        card,
                        "home.membership.role",
                        card.getTranslation("role." + membership.role().name()),
                        "role"),
                line(
                        card,
                        "home.membership.since",
                        Formats.date(membership.memberSince(), UI.getCurrent().getLocale(), ViewerZone.current()),
                        "since"),
                line(card, "home.membership.language", language, "language"));

        if (membership.role() == Role.AMBASSADOR) {
            Paragraph explanation =
                    new Paragraph(card.getTranslation("home.membership.ambassador", membership.brandName()));
            explanation.setId("membership-ambassador");
            card.add(explanation);
        }
        Anchor profile = new Anchor(IdentityNavigation.profile(), card.getTranslation("home.membership.profile"));
        card.add(new Div(profile));
        return card;
    }

    private static Component line(Div card, String labelKey, String value, String id) {
        Span label = new Span(card.getTranslation(labelKey));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Right.SMALL);
        Span text = new Span(value);
        text.setId("membership-" + id);
        text.addClassName(LumoUtility.FontWeight.MEDIUM);
        Div line = new Div(label, text);
        line.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.Margin.Horizontal.NONE);
        return line;
    }

    @Override
    public int order() {
        return 10;
    }
}
