package app.ambassade.reassurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A manager of brand A acting on ids of brand B sees and changes nothing; public summaries stay per brand. */
@AmbassadeTest
class ReviewIsolationTest {

    @Autowired
    TestData data;

    @Autowired
    ReviewService reviews;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;
    AuthenticatedUser memberA;
    AuthenticatedUser memberB;
    long pendingB;
    long approvedB;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@beta.example");
        memberA = data.person(a, Role.MEMBER, "ann@alpha.example");
        memberB = data.person(b, Role.MEMBER, "bea@beta.example");
        TestData.signIn(memberB);
        pendingB = reviews.submit(new ReviewDraft(1, "Beta pending", "Beta pending review text.", LocalDate.now()))
                .id();
        approvedB = reviews.submit(new ReviewDraft(5, "Beta approved", "Beta approved review text.", LocalDate.now()))
                .id();
        TestData.signIn(managerB);
        reviews.approve(approvedB);
        TestData.signIn(memberA);
        reviews.submit(new ReviewDraft(4, "Alpha review", "Alpha review text here.", LocalDate.now()));
        TestData.signIn(managerA);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aManagerDoesNotSeeAnotherBrandsReviews() {
        assertThat(reviews.queue(ReviewFilter.any(), PageRequest.of(0, 50)))
                .extracting(ReviewRow::title)
                .containsExactly("Alpha review");
        assertThat(reviews.count(ReviewFilter.any())).isEqualTo(1);
        assertThat(reviews.find(pendingB)).isEmpty();
        assertThat(reviews.find(approvedB)).isEmpty();
        assertThat(reviews.statistics().byStatus())
                .containsEntry(ReviewStatus.PENDING, 1L)
                .containsEntry(ReviewStatus.APPROVED, 0L);
    }

    @Test
    void aManagerCannotApproveRefuseOrReplyToAnotherBrandsReview() {
        assertThatThrownBy(() -> reviews.approve(pendingB))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("review", "reviews.error.not-found"));
        assertThatThrownBy(() -> reviews.refuse(pendingB, ReviewRefusalCriterion.OFF_TOPIC, "Not for us"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviews.reply(approvedB, "Hijacked reply")).isInstanceOf(InvalidInputException.class);

        TestData.signIn(managerB);
        assertThat(reviews.find(pendingB).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(reviews.find(approvedB).orElseThrow().reply()).isNull();
    }

    @Test
    void aMemberSeesOnlyTheirOwnReviews() {
        TestData.signIn(memberA);
        assertThat(reviews.mine(PageRequest.of(0, 50)))
                .extracting(ReviewRow::title)
                .containsExactly("Alpha review");
    }

    @Test
    void thePublicSummaryOfOneBrandNeverIncludesAnotherBrandsReviews() {
        reviews.approve(reviews.queue(ReviewFilter.any(), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id());
        TestData.signOut();

        PublicReviewSummary summaryA = reviews.summary(a.id(), 10);
        PublicReviewSummary summaryB = reviews.summary(b.id(), 10);

        assertThat(summaryA.latest())
                .extracting(PublicReviewSummary.PublicReview::title)
                .containsExactly("Alpha review");
        assertThat(summaryA.approvedCount()).isEqualTo(1);
        assertThat(summaryB.latest())
                .extracting(PublicReviewSummary.PublicReview::title)
                .containsExactly("Beta approved");
        assertThat(summaryB.averageRating()).isEqualTo(5.0);
    }

    @Test
    void aBrandsProcedurePageIsNotAnotherBrands() {
        reviews.saveProcedure("## Alpha procedure\n\nWe read every review carefully.");
        TestData.signOut();

        assertThat(reviews.procedure(a.id()).markdown()).startsWith("## Alpha procedure");
        assertThat(reviews.procedure(b.id()).byBrand()).isFalse();
    }
}
