package app.ambassade.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityService;
import app.ambassade.community.ContentType;
import app.ambassade.community.FeedService;
import app.ambassade.community.ModerationService;
import app.ambassade.community.Reaction;
import app.ambassade.community.Visibility;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class CommunityViewsTest extends KaribuTest {

    @Autowired
    CommunityService communities;

    @Autowired
    FeedService feed;

    @Autowired
    ModerationService moderation;

    TenantSummary tenant;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser other;
    long open;
    long ambassadorsOnly;

    @BeforeEach
    void seed() {
        tenant = data.tenant("views");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@views.example");
        member = data.person(tenant, Role.MEMBER, "member@views.example");
        other = data.person(tenant, Role.MEMBER, "other@views.example");
        TestData.signIn(manager);
        open = communities
                .create(new CommunityForm("Runners", "We run together", Visibility.OPEN, null))
                .id();
        ambassadorsOnly = communities
                .create(new CommunityForm("Inner circle", "", Visibility.AMBASSADORS_ONLY, null))
                .id();
        TestData.signOut();
    }

    private CommunityView openCommunity(long id) {
        UI.getCurrent().navigate("communities/" + id);
        return _get(CommunityView.class);
    }

    @Test
    void aMemberJoinsPostsCommentsReactsAndReports() {
        signIn(member);
        UI.getCurrent().navigate("communities");
        Div card = _get(Div.class, s -> s.withId("community-" + open));
        assertThat(_find(Div.class, s -> s.withId("community-" + ambassadorsOnly)))
                .isEmpty();
        _click(_get(card, Button.class, s -> s.withClasses("membership-action")));

        CommunityView view = openCommunity(open);
        _setValue(view.body, "Hello <img src=x onerror=alert(1)> **runners**");
        _click(view.publish);
        PostCard post = _get(PostCard.class);
        String html = _get(post, Html.class).getInnerHtml();
        assertThat(html)
                .contains("&lt;img")
                .contains("<strong>runners</strong>")
                .doesNotContain("<img");

        _click(_get(post, Button.class, s -> s.withId("react-" + post.post().id() + "-LIKE")));
        assertThat(feed.post(post.post().id()).orElseThrow().reactions()).containsEntry(Reaction.LIKE, 1L);

        PostCard again = _get(PostCard.class);
        _click(again.commentsToggle);
        _setValue(again.commentField, "First comment");
        _click(_get(again, Button.class, s -> s.withClasses("send-comment")));
        assertThat(feed.comments(post.post().id(), 10))
                .extracting(c -> c.body())
                .containsExactly("First comment");

        signIn(other);
        communities.join(open);
        PostCard seen = _get(openCommunity(open), PostCard.class);
        _click(_get(seen, Button.class, s -> s.withClasses("action-report")));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _setValue(dialog.reason, "Spam");
        _click(dialog.confirm);
        TestData.signIn(manager);
        assertThat(moderation.queue(true, PageRequest.of(0, 10)).getContent())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Spam"));
    }

    @Test
    void anEmptyOrTooLongPostIsRefusedAtTheFieldAndTheTextIsKept() {
        TestData.signIn(member);
        communities.join(open);
        signIn(member);
        CommunityView view = openCommunity(open);
        _click(view.publish);
        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getErrorMessage()).isEqualTo("This field is required.");
        String tooLong = "x".repeat(FeedService.POST_MAX + 1);
        _setValue(view.body, tooLong);
        _click(view.publish);
        assertThat(view.body.getErrorMessage()).isEqualTo("This is too long.");
        assertThat(view.body.getValue()).isEqualTo(tooLong);
        _setValue(view.body, "With a fake picture");
        view.image.receive("fake.png", "not an image".getBytes());
        _click(view.publish);
        assertThat(view.image.isInvalid()).isTrue();
        assertThat(view.image.getErrorMessage()).isEqualTo("Use a PNG, JPEG, GIF or WebP image.");
        assertThat(view.body.getValue()).isEqualTo("With a fake picture");
    }

    @Test
    void aMutedMemberIsToldWhyTheyCannotPost() {
        TestData.signIn(member);
        communities.join(open);
        TestData.signIn(manager);
        moderation.mute(open, member.accountId(), 3);
        signIn(member);
        CommunityView view = openCommunity(open);
        _setValue(view.body, "Let me talk");
        _click(view.publish);
        assertThat(view.body.getErrorMessage()).contains("muted you");
        assertThat(view.body.getValue()).isEqualTo("Let me talk");
    }

    @Test
    void aPlainMemberGetsNotFoundForAnAmbassadorsOnlyCommunityUrl() {
        signIn(member);
        UI.getCurrent().navigate("communities/" + ambassadorsOnly);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aMemberOfAnotherTenantGetsNotFoundForTheCommunityAndItsEngagementUrls() {
        TenantSummary foreign = data.tenant("foreign");
        AuthenticatedUser foreignManager = data.person(foreign, Role.BRAND_MANAGER, "boss@foreign.example");
        AuthenticatedUser foreignMember = data.person(foreign, Role.MEMBER, "member@foreign.example");
        signIn(foreignMember);
        UI.getCurrent().navigate("communities/" + open);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        signIn(foreignManager);
        UI.getCurrent().navigate("communities/" + open);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("manage/communities/" + open + "/engagement");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aMemberCannotOpenTheManagersViews() {
        signIn(member);
        for (String path :
                List.of("manage/communities", "manage/moderation", "manage/communities/" + open + "/engagement")) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void aManagerCreatesACommunityAndNamesAreCheckedAtTheField() {
        signIn(manager);
        UI.getCurrent().navigate("manage/communities");
        CommunityAdminView view = _get(CommunityAdminView.class);
        _click(view.create);
        CommunityAdminView.Editor editor = _get(CommunityAdminView.Editor.class);
        _click(editor.save);
        assertThat(editor.name.getErrorMessage()).isEqualTo("This field is required.");
        _setValue(editor.name, "Trail lovers");
        _setValue(editor.description, "Mountains and more");
        editor.visibility.setValue(Visibility.INVITE_ONLY);
        _click(editor.save);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        TestData.signIn(manager);
        assertThat(communities.browse()).extracting(c -> c.name()).contains("Trail lovers");
    }

    @Test
    void aManagerHidesAReportedPostAndMutesItsAuthorFromTheQueue() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "Buy cheap stuff", null).id();
        TestData.signIn(other);
        communities.join(open);
        feed.report(ContentType.POST, post, "Advertising");

        signIn(manager);
        UI.getCurrent().navigate("manage/moderation");
        ModerationView view = _get(ModerationView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _click(_get(
                (com.vaadin.flow.component.Component) GridKt._getCellComponent(view.grid, 0, "actions"),
                Button.class,
                s -> s.withClasses("mute")));
        ModerationView.MuteDialog mute = _get(ModerationView.MuteDialog.class);
        _click(mute.confirm);
        _click(_get(
                (com.vaadin.flow.component.Component) GridKt._getCellComponent(view.grid, 0, "actions"),
                Button.class,
                s -> s.withClasses("moderate")));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _setValue(dialog.reason, "No advertising here");
        _click(dialog.confirm);
        assertThat(GridKt._size(view.grid)).isZero();

        TestData.signIn(other);
        assertThat(feed.feed(open, null, 20).posts()).isEmpty();
        TestData.signIn(manager);
        assertThat(moderation.members(open, null, PageRequest.of(0, 10)).getContent())
                .filteredOn(m -> m.memberId() == member.accountId())
                .singleElement()
                .satisfies(m -> assertThat(m.mutedUntil()).isNotNull());
    }

    @Test
    void theManagerSeesTheEngagementOfACommunity() {
        TestData.signIn(member);
        communities.join(open);
        feed.publish(open, "one", null);
        signIn(manager);
        UI.getCurrent().navigate("manage/communities/" + open + "/engagement");
        CommunityActivityView view = _get(CommunityActivityView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("engagement-members"))
                        .getText())
                .isEqualTo("1 members, 0 waiting to join");
        assertThat(GridKt._size(view.members)).isEqualTo(1);
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void theMemberHomeShowsMyCommunitiesAndRecentPosts() {
        TestData.signIn(member);
        communities.join(open);
        feed.publish(open, "Morning run at 7", null);
        signIn(member);
        UI.getCurrent().navigate("");
        Div card = _get(Div.class, s -> s.withClasses("community-home-card"));
        assertThat(card.getElement().getTextRecursively()).contains("Runners", "Morning run at 7");
    }

    @Test
    void aMemberJoinsFromTheCommunityPageAndPublishesExactlyOnce() {
        signIn(member);
        CommunityView view = openCommunity(open);
        _click(_get(view, Button.class, s -> s.withClasses("membership-action")));
        _setValue(view.body, "Only once");
        _click(view.publish);
        assertThat(feed.feed(open, null, 20).posts()).extracting(p -> p.body()).containsExactly("Only once");
    }

    @Test
    void olderPostsLoadPageByPage() {
        TestData.signIn(member);
        communities.join(open);
        for (int i = 0; i < CommunityView.PAGE_SIZE + 5; i++) {
            feed.publish(open, "Post " + i, null);
        }
        signIn(member);
        CommunityView view = openCommunity(open);
        assertThat(_find(view, PostCard.class)).hasSize(CommunityView.PAGE_SIZE);
        _click(view.loadMore);
        assertThat(_find(view, PostCard.class)).hasSize(CommunityView.PAGE_SIZE + 5);
        assertThat(view.loadMore.isVisible()).isFalse();
    }
}
