package app.ambassade.community.ui;

import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.community.FeedService;
import app.ambassade.community.RecentPost;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Home, phone first: my communities and the latest posts across them. */
@org.springframework.stereotype.Component
class CommunityHomeCard implements HomeCard {

    private static final Set<String> CONCERNED = Set.of(Roles.MEMBER, Roles.AMBASSADOR);
    static final int RECENT = 5;

    private final CommunityService communities;
    private final FeedService feed;

    CommunityHomeCard(CommunityService communities, FeedService feed) {
        this.communities = communities;
        this.feed = feed;
    }

    @Override
    public Optional<Component> create() {
        boolean concerned = AuthenticatedUser.current()
                .map(u -> CONCERNED.contains(u.role()))
                .orElse(false);
        if (!concerned) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassNames("card", "community-home-card");
        card.addClassNames("narrow", "wrap-anywhere");
        card.add(new H3(card.getTranslation("community.home.title")));
        List<CommunitySummary> mine = communities.mine();
        if (mine.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("community.home.none")));
            card.add(new RouterLink(card.getTranslation("community.home.browse"), CommunitiesView.class));
            return Optional.of(card);
        }
        Div list = new Div();
        list.setId("home-communities");
        mine.forEach(c -> list.add(new Div(link(c.name(), c.id()))));
        card.add(list);
        List<RecentPost> recent = feed.recentInMyCommunities(RECENT);
        if (!recent.isEmpty()) {
            Div posts = new Div();
            posts.setId("home-recent-posts");
            posts.add(new Span(card.getTranslation("community.home.recent")));
            for (RecentPost p : recent) {
                Div line = new Div();
                line.addClassName("recent-post");
                line.addClassNames(LumoUtility.Margin.Vertical.SMALL, LumoUtility.Margin.Horizontal.NONE);
                Span meta = new Span(card.getTranslation(
                        "community.home.post-meta",
                        p.authorName(),
                        p.communityName(),
                        Formats.dateTime(p.createdAt(), UI.getCurrent().getLocale(), ViewerZone.current())));
                meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                String excerpt = p.body().length() > 140 ? p.body().substring(0, 140) + "…" : p.body();
                line.add(new Div(meta), new Div(link(excerpt, p.communityId())));
                posts.add(line);
            }
            card.add(posts);
        }
        return Optional.of(card);
    }

    private static RouterLink link(String text, long communityId) {
        return new RouterLink(text, CommunityView.class, CommunityNavigation.id(communityId));
    }

    @Override
    public int order() {
        return 20;
    }
}
