package app.ambassade.identity.ui;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import app.ambassade.tenancy.ui.TenancyNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Optional;

/** The brand manager's home: who is in the program, who has not answered an invitation yet. */
@org.springframework.stereotype.Component
class ManagerHomeCard implements HomeCard {

    private final AccountService accounts;

    ManagerHomeCard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Component> create() {
        boolean manager = AuthenticatedUser.current()
                .map(u -> Roles.BRAND_MANAGER.equals(u.role()))
                .orElse(false);
        if (!manager) {
            return Optional.empty();
        }
        Map<Role, Long> active = accounts.activeCountsByRole();
        long pending = accounts.pendingInvitations();

        Div card = new Div();
        card.addClassName("narrow");
        card.addClassNames("card", "people-card");
        NumberFormat numbers = NumberFormat.getIntegerInstance(UI.getCurrent().getLocale());
        card.add(new H3(card.getTranslation("home.people.title")));

        Div figures = new Div(
                figure(card, numbers, active.getOrDefault(Role.MEMBER, 0L), "home.people.members", "members"),
                figure(
                        card,
                        numbers,
                        active.getOrDefault(Role.AMBASSADOR, 0L),
                        "home.people.ambassadors",
                        "ambassadors"),
                figure(card, numbers, active.getOrDefault(Role.BRAND_MANAGER, 0L), "home.people.managers", "managers"),
                figure(card, numbers, pending, "home.people.pending", "pending"));
        figures.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        card.add(figures);

        if (active.getOrDefault(Role.MEMBER, 0L) + active.getOrDefault(Role.AMBASSADOR, 0L) == 0) {
            Paragraph hint = new Paragraph(
                    card.getTranslation(pending == 0 ? "home.people.hint.invite" : "home.people.hint.waiting"));
            hint.addClassName("empty-hint");
            card.add(hint);
        }

        Anchor people = new Anchor(IdentityNavigation.people(), card.getTranslation("home.people.link.people"));
        Anchor settings = new Anchor(TenancyNavigation.settings(), card.getTranslation("home.people.link.settings"));
        Div links = new Div(people, settings);
        links.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.Margin.Top.SMALL);
        card.add(links);
        return Optional.of(card);
    }

    private static Component figure(Div card, NumberFormat numbers, long value, String labelKey, String id) {
        Span number = new Span(numbers.format(value));
        number.addClassName("figure");
        number.setId("figure-" + id);
        Span label = new Span(card.getTranslation(labelKey, value));
        label.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div figure = new Div(number, label);
        figure.addClassName("manager-home-card-figure");
        return figure;
    }

    @Override
    public int order() {
        return 10;
    }
}
