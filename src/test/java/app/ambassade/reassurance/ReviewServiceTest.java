package app.ambassade.reassurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.mail.OutboxMessage;
import app.ambassade.mail.OutboxService;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing reviews, moderation by the published criteria, the one brand reply, statistics and the
 * public side. The author's e-mails are checked in the outbox (port 3025 is shared on this machine).
 */
@AmbassadeTest
class ReviewServiceTest {

    /** The author is told by e-mail after the decision commits, once the mail server took it. */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    ReviewService reviews;

    @Autowired
    PublicReviews publicReviews;

    @Autowired
    OutboxService outbox;

    TenantSummary tenant;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser ambassador;

    @BeforeEach
    void seed() {
        tenant = data.tenant("lumiere");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@lumiere.example");
        member = data.person(tenant, Role.MEMBER, "claire@lumiere.example");
        ambassador = data.person(tenant, Role.AMBASSADOR, "amb@lumiere.example");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    static ReviewDraft draft(Integer rating) {
        return new ReviewDraft(
                rating,
                "Lovely candles",
                "The candles smell wonderful and last long.",
                LocalDate.now().minusDays(3));
    }

    ReviewRow submitAs(AuthenticatedUser who, ReviewDraft draft) {
        TestData.signIn(who);
        return reviews.submit(draft);
    }

    @Test
    void aMemberSubmitsAReviewThatWaitsForModeration() {
        ReviewRow row = submitAs(member, draft(4));

        assertThat(row.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(row.source()).isEqualTo(ReviewSource.MEMBER);
        assertThat(row.authorName()).isEqualTo("Test M.");
        assertThat(reviews.mine(PageRequest.of(0, 10)))
                .extracting(ReviewRow::id)
                .containsExactly(row.id());
    }

    @Test
    void anAmbassadorMayWriteAReviewButAManagerMayNot() {
        assertThat(submitAs(ambassador, draft(5)).status()).isEqualTo(ReviewStatus.PENDING);
        assertThatThrownBy(() -> submitAs(manager, draft(5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRatingOfZeroOrSixOrNoneIsRefusedAtTheRatingField() {
        for (Integer rating : new Integer[] {0, 6}) {
            assertThatThrownBy(() -> submitAs(member, draft(rating)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("rating", "reviews.validation.rating"));
        }
        assertThatThrownBy(() -> submitAs(member, draft(null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("rating", "validation.required"));
    }

    @Test
    void anEmptyOrOversizedTextIsRefused() {
        assertThatThrownBy(() -> submitAs(member, new ReviewDraft(3, "Title", "   ", LocalDate.now())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("text", "validation.required"));
        assertThatThrownBy(() -> submitAs(member, new ReviewDraft(3, "Title", "x".repeat(4001), LocalDate.now())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("text", "validation.too-long"));
        assertThatThrownBy(() ->
                        submitAs(member, new ReviewDraft(3, "t".repeat(121), "Good enough text here", LocalDate.now())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("title", "validation.too-long"));
    }

    @Test
    void anExperienceInTheFutureOrMoreThanFiveYearsAgoIsRefused() {
        assertThatThrownBy(() -> submitAs(
                        member,
                        new ReviewDraft(
                                3,
                                "Title",
                                "A fine experience indeed",
                                LocalDate.now().plusDays(2))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("experienceDate", "reviews.validation.date-future"));
        assertThatThrownBy(() -> submitAs(
                        member,
                        new ReviewDraft(
                                3,
                                "Title",
                                "A fine experience indeed",
                                LocalDate.now().minusYears(6))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("experienceDate", "reviews.validation.date-too-old"));
        assertThat(submitAs(member, new ReviewDraft(3, "Title", "A fine experience indeed", LocalDate.now()))
                        .status())
                .isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void approvingPublishesTheReviewAndTellsTheAuthorInTheirLanguage() {
        long id = submitAs(member, draft(2)).id();
        TestData.signIn(manager);

        ReviewRow approved = reviews.approve(id);

        assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(approved.moderatedAt()).isNotNull();
        OutboxMessage mail = mailTo(member.email());
        assertThat(mail.subject()).contains("your review is published");
        assertThat(mail.body()).contains("Lovely candles").contains("/reviews");
        assertThat(mail.subject()).isEqualTo("lumiere: your review is published");
        assertThat(mail.body()).contains("http://" + tenant.slug() + ".localhost:8080/reviews");
    }

    @Test
    void refusingNeedsAListedCriterionAndAReasonAndTellsTheAuthorBoth() {
        long id = submitAs(member, draft(1)).id();
        TestData.signIn(manager);

        assertThatThrownBy(() -> reviews.refuse(id, null, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("criterion", "reviews.validation.criterion")
                                .containsEntry("reason", "validation.required"));
        assertThat(reviews.find(id).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);

        ReviewRow refused = reviews.refuse(id, ReviewRefusalCriterion.PERSONAL_DATA, "It names a shop assistant.");

        assertThat(refused.status()).isEqualTo(ReviewStatus.REFUSED);
        assertThat(refused.refusalCriterion()).isEqualTo(ReviewRefusalCriterion.PERSONAL_DATA);
        OutboxMessage mail = mailTo(member.email());
        assertThat(mail.subject()).contains("not published");
        assertThat(mail.body()).contains("Personal data").contains("It names a shop assistant.");
        TestData.signIn(member);
        assertThat(reviews.mine(PageRequest.of(0, 10)).getContent().getFirst()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.REFUSED);
            assertThat(r.refusalReason()).isEqualTo("It names a shop assistant.");
        });
    }

    @Test
    void aModeratedReviewCannotBeModeratedAgain() {
        long id = submitAs(member, draft(3)).id();
        TestData.signIn(manager);
        reviews.approve(id);

        assertThatThrownBy(() -> reviews.refuse(id, ReviewRefusalCriterion.OFF_TOPIC, "Changed my mind"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("review", "reviews.error.already-moderated"));
        assertThat(reviews.find(id).orElseThrow().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void aMemberCannotModerate() {
        long id = submitAs(member, draft(5)).id();

        assertThatThrownBy(() -> reviews.approve(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.refuse(id, ReviewRefusalCriterion.OFF_TOPIC, "Not relevant"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.reply(id, "Thanks!")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.queue(ReviewFilter.any(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.statistics()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBrandRepliesOncePerPublishedReviewAndMayEditThatReply() {
        long id = submitAs(member, draft(2)).id();
        TestData.signIn(manager);
        assertThatThrownBy(() -> reviews.reply(id, "Sorry to hear that"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reply", "reviews.error.reply-not-approved"));
        reviews.approve(id);

        reviews.reply(id, "Sorry to hear that, we will call you.");
        ReviewRow edited = reviews.reply(id, "Sorry to hear that, we called you.");

        assertThat(edited.reply()).isEqualTo("Sorry to hear that, we called you.");
        var published = publicReviews.summary(tenant.id(), 10).latest();
        assertThat(published).singleElement().satisfies(r -> {
            assertThat(r.brandReply()).isEqualTo("Sorry to hear that, we called you.");
            assertThat(r.brandReplyAt()).isNotNull();
        });
    }

    @Test
    void statisticsGiveAverageDistributionMonthlyVolumeAndCountsByStatusAndCriterion() {
        long five = submitAs(member, draft(5)).id();
        long four = submitAs(member, draft(4)).id();
        long one = submitAs(ambassador, draft(1)).id();
        long refused = submitAs(ambassador, draft(2)).id();
        submitAs(member, draft(3));
        TestData.signIn(manager);
        reviews.approve(five);
        reviews.approve(four);
        reviews.approve(one);
        reviews.refuse(refused, ReviewRefusalCriterion.DUPLICATE, "Same as your other review");

        ReviewStatistics stats = reviews.statistics();

        assertThat(stats.approvedCount()).isEqualTo(3);
        assertThat(stats.average()).isEqualTo(3.33);
        assertThat(stats.distribution())
                .containsEntry(1, 1L)
                .containsEntry(2, 0L)
                .containsEntry(3, 0L)
                .containsEntry(4, 1L)
                .containsEntry(5, 1L);
        assertThat(stats.perMonth()).hasSize(12);
        assertThat(stats.perMonth().getLast().submitted()).isEqualTo(5);
        assertThat(stats.perMonth().subList(0, 11))
                .allSatisfy(m -> assertThat(m.submitted()).isZero());
        assertThat(stats.byStatus())
                .containsEntry(ReviewStatus.APPROVED, 3L)
                .containsEntry(ReviewStatus.REFUSED, 1L)
                .containsEntry(ReviewStatus.PENDING, 1L);
        assertThat(stats.refusedByCriterion())
                .containsEntry(ReviewRefusalCriterion.DUPLICATE, 1L)
                .containsEntry(ReviewRefusalCriterion.OFFENSIVE, 0L);
    }

    @Test
    void thePublicSummaryShowsOnlyApprovedReviewsAndCountsRefusalsByCriterion() {
        long approved = submitAs(
                        member,
                        new ReviewDraft(
                                2,
                                "Late delivery",
                                "Arrived a week late, but nice.",
                                LocalDate.now().minusDays(10)))
                .id();
        long refused = submitAs(member, new ReviewDraft(1, "Rude", "Some offensive words here.", LocalDate.now()))
                .id();
        long alsoRefused = submitAs(
                        ambassador, new ReviewDraft(5, "My own brand", "I work there and love it.", LocalDate.now()))
                .id();
        submitAs(ambassador, new ReviewDraft(4, "Pending one", "Still waiting for moderation.", LocalDate.now()));
        TestData.signIn(manager);
        reviews.approve(approved);
        reviews.refuse(refused, ReviewRefusalCriterion.OFFENSIVE, "Insults");
        reviews.refuse(alsoRefused, ReviewRefusalCriterion.CONFLICT_OF_INTEREST, "Employee");
        TestData.signOut();

        PublicReviewSummary summary = publicReviews.summary(tenant.id(), 5);

        assertThat(summary.approvedCount()).isEqualTo(1);
        assertThat(summary.averageRating()).isEqualTo(2.0);
        assertThat(summary.ratingDistribution()).containsEntry(2, 1L).containsEntry(4, 0L);
        assertThat(summary.latest())
                .extracting(PublicReviewSummary.PublicReview::title)
                .containsExactly("Late delivery");
        assertThat(summary.latest().getFirst()).satisfies(r -> {
            assertThat(r.source()).isEqualTo("MEMBER");
            assertThat(r.authorName()).isEqualTo("Test M.");
            assertThat(r.experienceDate()).isEqualTo(LocalDate.now().minusDays(10));
            assertThat(r.publishedAt()).isNotNull();
        });
        assertThat(summary.refusedByCriterion())
                .containsEntry("OFFENSIVE", 1L)
                .containsEntry("CONFLICT_OF_INTEREST", 1L)
                .containsEntry("DUPLICATE", 0L)
                .containsOnlyKeys(List.of(ReviewRefusalCriterion.values()).stream()
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void aReviewWithMarkupIsStoredAndReturnedAsPlainText() {
        String script = "<script>alert(1)</script> & <b>bold</b>";
        long id = submitAs(member, new ReviewDraft(4, "<img src=x onerror=alert(1)>", script, LocalDate.now()))
                .id();
        TestData.signIn(manager);
        reviews.approve(id);

        var published = publicReviews.summary(tenant.id(), 1).latest().getFirst();

        assertThat(published.text()).isEqualTo(script);
        assertThat(published.title()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void theProcedurePageHasADefaultTextUntilTheBrandWritesItsOwn() {
        ReviewProcedure initial = reviews.procedure(tenant.id());
        assertThat(initial.byBrand()).isFalse();
        assertThat(initial.markdown()).contains("Comment nous recueillons");
        assertThat(reviews.procedure(tenant.id(), java.util.Locale.ENGLISH).markdown())
                .contains("How we collect");

        TestData.signIn(manager);
        assertThatThrownBy(() -> reviews.saveProcedure("")).isInstanceOf(InvalidInputException.class);
        reviews.saveProcedure("## Our procedure\n\nEvery review is read by Anna before publication.");
        TestData.signOut();

        ReviewProcedure saved = reviews.procedure(tenant.id());
        assertThat(saved.byBrand()).isTrue();
        assertThat(saved.markdown()).startsWith("## Our procedure");
        assertThat(saved.updatedAt()).isNotNull();
    }

    @Test
    void publicNamesAreAFirstNameAndAnInitial() {
        assertThat(ReviewService.publicName("Claire Martin", "c@x.example")).isEqualTo("Claire M.");
        assertThat(ReviewService.publicName("Jean Paul de la Tour", "j@x.example"))
                .isEqualTo("Jean T.");
        assertThat(ReviewService.publicName("Zoé", "z@x.example")).isEqualTo("Zoé");
        assertThat(ReviewService.publicName(" ", "bob@x.example")).isEqualTo("B.");
    }

    private OutboxMessage mailTo(String address) {
        List<OutboxMessage> mails =
                TestData.asPlatformAdmin(
                                () -> outbox.latest(PageRequest.of(0, 50)).getContent())
                        .stream()
                        .filter(m -> Long.valueOf(tenant.id()).equals(m.tenantId()) && m.to().equalsIgnoreCase(address))
                        .toList();
        assertThat(mails).isNotEmpty();
        return mails.getFirst();
    }
}
