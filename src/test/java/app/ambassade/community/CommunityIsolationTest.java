package app.ambassade.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A manager or member of tenant A, using tenant B's ids, sees nothing and changes nothing. */
@AmbassadeTest
class CommunityIsolationTest {

    @Autowired
    TestData data;

    @Autowired
    CommunityService communities;

    @Autowired
    FeedService feed;

    @Autowired
    ModerationService moderation;

    AuthenticatedUser managerA;
    AuthenticatedUser memberA;
    AuthenticatedUser managerB;
    AuthenticatedUser memberB;
    long communityB;
    long postB;
    long commentB;

    @BeforeEach
    void seed() {
        TenantSummary a = data.tenant("iso-a");
        TenantSummary b = data.tenant("iso-b");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@a.example");
        memberA = data.person(a, Role.MEMBER, "member@a.example");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@b.example");
        memberB = data.person(b, Role.MEMBER, "member@b.example");
        TestData.signIn(managerB);
        communityB = communities
                .create(new CommunityForm("B secret", "", Visibility.OPEN, null))
                .id();
        TestData.signIn(memberB);
        communities.join(communityB);
        postB = feed.publish(communityB, "B's post", null).id();
        commentB = feed.comment(postB, "B's comment").id();
        feed.report(ContentType.POST, postB, "B's report");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aForeignManagerSeesNothingOfAnotherTenant() {
        TestData.signIn(managerA);
        assertThat(communities.browse()).isEmpty();
        assertThat(communities.find(communityB)).isEmpty();
        assertThat(communities.all(PageRequest.of(0, 10))).isEmpty();
        assertThat(feed.feed(communityB, null, 20).posts()).isEmpty();
        assertThat(feed.post(postB)).isEmpty();
        assertThat(feed.comments(postB, 10)).isEmpty();
        assertThat(communities.cover(communityB)).isEmpty();
        assertThat(feed.postImage(postB)).isEmpty();
        assertThat(moderation.queue(false, PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> moderation.engagement(communityB)).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> moderation.members(communityB, null, PageRequest.of(0, 10)))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> moderation.exportMembers(communityB, null, new StringWriter()))
                .isInstanceOf(CommunityNotFoundException.class);
    }

    @Test
    void aForeignManagerChangesNothingOfAnotherTenant() {
        TestData.signIn(managerA);
        assertThatThrownBy(() -> communities.edit(communityB, new CommunityForm("Mine", "", Visibility.OPEN, null)))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> communities.archive(communityB, true)).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> communities.invite(communityB, memberA.accountId()))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> moderation.hide(ContentType.POST, postB, "no"))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> moderation.hide(ContentType.COMMENT, commentB, "no"))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> moderation.mute(communityB, memberB.accountId(), 7))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.pin(postB, true)).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.publish(communityB, "intrusion", null))
                .isInstanceOf(CommunityNotFoundException.class);

        TestData.signIn(managerB);
        CommunitySummary untouched = communities.find(communityB).orElseThrow();
        assertThat(untouched.name()).isEqualTo("B secret");
        assertThat(untouched.archived()).isFalse();
        assertThat(feed.post(postB).orElseThrow().hidden()).isFalse();
        assertThat(feed.post(postB).orElseThrow().pinned()).isFalse();
        assertThat(feed.comments(postB, 10)).hasSize(1);
    }

    @Test
    void aForeignMemberCanNeitherJoinNorWriteNorReactNorReport() {
        TestData.signIn(memberA);
        assertThatThrownBy(() -> communities.join(communityB)).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.comment(postB, "hi")).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.toggleReaction(postB, Reaction.LIKE))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.report(ContentType.POST, postB, "spam"))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.report(ContentType.COMMENT, commentB, "spam"))
                .isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.editPost(postB, "x")).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.deletePost(postB)).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.editComment(commentB, "x")).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.deleteComment(commentB)).isInstanceOf(CommunityNotFoundException.class);
        assertThat(communities.mine()).isEmpty();
        assertThat(feed.recentInMyCommunities(5)).isEmpty();

        TestData.signIn(memberB);
        assertThat(feed.post(postB).orElseThrow().reactions()).isEmpty();
        assertThat(feed.post(postB).orElseThrow().body()).isEqualTo("B's post");
    }

    @Test
    void aForeignPersonCannotBeInvited() {
        TestData.signIn(managerA);
        long communityA = communities
                .create(new CommunityForm("A", "", Visibility.INVITE_ONLY, null))
                .id();
        assertThatThrownBy(() -> communities.invite(communityA, memberB.accountId()))
                .isInstanceOf(app.ambassade.shared.validation.InvalidInputException.class);
    }
}
