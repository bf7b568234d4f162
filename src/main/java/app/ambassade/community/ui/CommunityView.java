package app.ambassade.community.ui;

import app.ambassade.community.CommunityImages;
import app.ambassade.community.CommunityNotFoundException;
import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.community.FeedCursor;
import app.ambassade.community.FeedPage;
import app.ambassade.community.FeedPost;
import app.ambassade.community.FeedService;
import app.ambassade.community.MembershipStatus;
import app.ambassade.community.ModerationService;
import app.ambassade.community.Visibility;
import app.ambassade.identity.AccountService;
import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.PeopleFilter;
import app.ambassade.identity.PersonName;
import app.ambassade.identity.PersonRow;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A community and its feed: pinned posts first, then newest first, loaded a page at a time with a keyset
 * cursor. Someone who may not see the community (another tenant, ambassadors-only, archived) gets the
 * not-found page.
 */
@Route("communities/:id")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR, Roles.BRAND_MANAGER})
class CommunityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final CommunityService communities;
    private final FeedService feed;
    private final ModerationService moderation;
    private final AccountService accounts;
    private final boolean manager;

    private CommunitySummary community;
    private FeedCursor next;

    final Div posts = new Div();
    final Button loadMore = new Button();
    final TextArea body = new TextArea();
    final ImageField image;
    final Button publish = new Button();

    CommunityView(
            CommunityService communities,
            FeedService feed,
            ModerationService moderation,
            AccountService accounts,
            CommunityImages pictures) {
        this.communities = communities;
        this.image = new ImageField("community.post.image", pictures.maxBytes());
        this.feed = feed;
        this.moderation = moderation;
        this.accounts = accounts;
        this.manager = app.ambassade.identity.AuthenticatedUser.current()
                .map(u -> Roles.BRAND_MANAGER.equals(u.role()))
                .orElse(false);
        addClassName("community-view");
        setMaxWidth("48rem");
        setPadding(true);
        // Listeners are registered once: the view is rebuilt after each membership change.
        loadMore.addClickListener(e -> loadPage());
        publish.addClickListener(e -> publish());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CommunitySummary> found =
                RouteIds.of(event, CommunityNavigation.ID).flatMap(communities::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        community = found.get();
        build();
    }

    private void build() {
        removeAll();
        add(new RouterLink(getTranslation("community.back"), CommunitiesView.class));
        H2 title = new H2(community.name());
        title.addClassName("wrap-anywhere");
        add(title);
        if (community.hasCover()) {
            long id = community.id();
            add(Pictures.image(() -> communities.cover(id), "cover", getTranslation("community.cover.alt")));
        }
        if (!community.description().isBlank()) {
            add(new Paragraph(community.description()));
        }
        add(membershipBar());
        if (manager) {
            add(managerTools());
        }
        boolean member = community.member() || manager;
        boolean canRead = member || community.visibility() != Visibility.INVITE_ONLY;
        if (!canRead) {
            add(new Paragraph(getTranslation("community.feed.members-only")));
            return;
        }
        if (member && !community.archived()) {
            add(composer());
        }
        posts.setWidthFull();
        posts.addClassName("feed");
        loadMore.setText(getTranslation("community.feed.more"));
        add(posts, loadMore);
        posts.removeAll();
        next = null;
        loadPage();
    }

    private Component membershipBar() {
        Button membership = new Button();
        membership.addClassName("membership-action");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.BASELINE);
        Span visibility = new Span(
                getTranslation("community.visibility." + community.visibility().name()));
        visibility.getElement().getThemeList().add("badge contrast");
        bar.add(visibility);
        if (community.archived()) {
            Span archived = new Span(getTranslation("community.archived"));
            archived.getElement().getThemeList().add("badge error");
            bar.add(archived);
            return bar;
        }
        MembershipStatus status = community.myStatus();
        membership.setText(getTranslation(
                status == MembershipStatus.ACTIVE
                        ? "community.leave"
                        : status == MembershipStatus.REQUESTED
                                ? "community.withdraw"
                                : status == MembershipStatus.INVITED
                                        ? "community.accept-invitation"
                                        : community.visibility() == Visibility.INVITE_ONLY
                                                ? "community.request"
                                                : "community.join"));
        if (status == null || status == MembershipStatus.INVITED) {
            membership.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        membership.addClickListener(e -> {
            try {
                if (status == MembershipStatus.ACTIVE || status == MembershipStatus.REQUESTED) {
                    communities.leave(community.id());
                } else {
                    MembershipStatus now = communities.join(community.id());
                    Notifications.success(
                            this, now == MembershipStatus.ACTIVE ? "community.joined" : "community.requested");
                }
            } catch (CommunityNotFoundException ex) {
                Notifications.error(this, "community.error.gone");
            }
            reload();
        });
        bar.add(membership);
        return bar;
    }

    private void reload() {
        Optional<CommunitySummary> found = communities.find(community.id());
        if (found.isEmpty()) {
            CommunityNavigation.navigateToCommunities();
            return;
        }
        community = found.get();
        build();
    }

    private Component managerTools() {
        Div tools = new Div();
        tools.addClassName("manager-tools");
        tools.add(new RouterLink(
                getTranslation("community.activity.open"),
                CommunityActivityView.class,
                CommunityNavigation.id(community.id())));
        var requests = communities.pendingRequests(community.id(), 50);
        if (!requests.isEmpty()) {
            tools.add(new H3(getTranslation("community.requests.title")));
            for (PersonName person : requests) {
                Button accept = new Button(getTranslation("community.requests.accept"), e -> {
                    communities.acceptRequest(community.id(), person.id());
                    Notifications.success(this, "community.requests.accepted");
                    reload();
                });
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                Button decline = new Button(getTranslation("community.requests.decline"), e -> {
                    communities.declineRequest(community.id(), person.id());
                    reload();
                });
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                HorizontalLayout row = new HorizontalLayout(new Span(person.displayName()), accept, decline);
                row.setAlignItems(Alignment.BASELINE);
                row.addClassName("join-request");
                tools.add(row);
            }
        }
        if (!community.archived()) {
            ComboBox<PersonRow> person = new ComboBox<>(getTranslation("community.invite.person"));
            person.setItemLabelGenerator(
                    p -> p.displayName() == null || p.displayName().isBlank()
                            ? p.email()
                            : p.displayName() + " (" + p.email() + ")");
            person.setItems(query -> accounts
                    .people(
                            new PeopleFilter(
                                    null,
                                    AccountStatus.ACTIVE,
                                    query.getFilter().orElse("")),
                            PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("displayName", "id")))
                    .stream());
            Button invite = new Button(getTranslation("community.invite.send"), e -> {
                if (person.getValue() == null) {
                    return;
                }
                try {
                    communities.invite(community.id(), person.getValue().id());
                    Notifications.success(this, "community.invite.sent");
                    person.clear();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(this, ex, Map.of("person", person));
                }
            });
            HorizontalLayout row = new HorizontalLayout(person, invite);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            tools.add(row);
        }
        return tools;
    }

    private Component composer() {
        body.setLabel(getTranslation("community.post.body"));
        body.setPlaceholder(getTranslation("community.post.placeholder"));
        body.setHelperText(getTranslation("community.post.help"));
        body.setMaxLength(FeedService.POST_MAX);
        body.setWidthFull();
        body.setMinRows(3);
        publish.setText(getTranslation("community.post.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div composer = new Div(body, image, publish);
        composer.addClassNames("card", "composer");
        composer.setWidthFull();
        return composer;
    }

    private void publish() {
        try {
            FeedPost post = feed.publish(community.id(), body.getValue(), image.getValue());
            FieldErrors.clear(Map.of("body", body, "image", image));
            body.clear();
            image.clear();
            posts.addComponentAsFirst(card(post));
            Notifications.success(this, "community.post.published");
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, Map.of("body", body, "image", image));
        }
    }

    private void loadPage() {
        FeedPage page = feed.feed(community.id(), next, PAGE_SIZE);
        page.posts().forEach(p -> posts.add(card(p)));
        next = page.next();
        loadMore.setVisible(next != null);
        if (posts.getChildren().findAny().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("community.feed.empty"));
            empty.addClassName("feed-empty");
            posts.add(empty);
        }
    }

    private PostCard card(FeedPost post) {
        posts.getChildren().filter(c -> c.hasClassName("feed-empty")).toList().forEach(posts::remove);
        return new PostCard(post, feed, moderation, manager);
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("community.list.title") : community.name();
    }
}
