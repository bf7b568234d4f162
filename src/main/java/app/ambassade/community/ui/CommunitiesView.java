package app.ambassade.community.ui;

import app.ambassade.community.CommunityNotFoundException;
import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.community.MembershipStatus;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The communities a person may see, with join, leave or "ask to join" on each; phone first. */
@Route("communities")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR, Roles.BRAND_MANAGER})
@Menu(title = "community.menu.communities", order = 20, icon = "vaadin:group")
class CommunitiesView extends VerticalLayout implements HasDynamicTitle {

    private final CommunityService communities;
    final Div list = new Div();

    CommunitiesView(CommunityService communities) {
        this.communities = communities;
        addClassName("communities-view");
        setMaxWidth("48rem");
        add(new H2(getTranslation("community.list.title")), list);
        list.setWidthFull();
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CommunitySummary> visible = communities.browse();
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("community.list.empty")));
        }
        visible.forEach(c -> list.add(card(c)));
    }

    private Component card(CommunitySummary c) {
        Div card = new Div();
        card.addClassNames("card", "community-card");
        card.setId("community-" + c.id());
        card.addClassNames(LumoUtility.Margin.Bottom.MEDIUM, "wrap-anywhere");
        RouterLink title = new RouterLink(c.name(), CommunityView.class, CommunityNavigation.id(c.id()));
        H3 heading = new H3(title);
        card.add(heading);
        Span badge =
                new Span(getTranslation("community.visibility." + c.visibility().name()));
        badge.getElement().getThemeList().add("badge contrast");
        card.add(badge);
        if (c.archived()) {
            Span archived = new Span(getTranslation("community.archived"));
            archived.getElement().getThemeList().add("badge error");
            card.add(archived);
        }
        if (!c.description().isBlank()) {
            card.add(new Paragraph(c.description()));
        }
        card.add(action(c));
        return card;
    }

    private Component action(CommunitySummary c) {
        Button button = new Button();
        button.addClassName("membership-action");
        if (c.archived()) {
            return new Span();
        }
        if (c.myStatus() == MembershipStatus.ACTIVE) {
            button.setText(getTranslation("community.leave"));
            button.addClickListener(e -> run(() -> communities.leave(c.id()), "community.left"));
        } else if (c.myStatus() == MembershipStatus.REQUESTED) {
            button.setText(getTranslation("community.withdraw"));
            button.addClickListener(e -> run(() -> communities.leave(c.id()), "community.withdrawn"));
        } else if (c.myStatus() == MembershipStatus.INVITED) {
            button.setText(getTranslation("community.accept-invitation"));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClickListener(e -> run(() -> communities.join(c.id()), "community.joined"));
        } else if (c.visibility() == app.ambassade.community.Visibility.INVITE_ONLY) {
            button.setText(getTranslation("community.request"));
            button.addClickListener(e -> run(() -> communities.join(c.id()), "community.requested"));
        } else {
            button.setText(getTranslation("community.join"));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClickListener(e -> run(() -> communities.join(c.id()), "community.joined"));
        }
        return button;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(this, doneKey);
        } catch (CommunityNotFoundException e) {
            Notifications.error(this, "community.error.gone");
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.list.title");
    }
}
