package app.ambassade.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.reassurance.ReviewDraft;
import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Reviews feed the engagement ledger through the same mechanism as community activity. */
@AmbassadeTest
class ReviewEngagementTest {

    @Autowired
    TestData data;

    @Autowired
    ReviewService reviews;

    @Autowired
    EngagementService engagement;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void anApprovedReviewEarnsItsAuthorPointsAndARefusedOneDoesNot() {
        TenantSummary tenant = data.tenant("review-points");
        AuthenticatedUser member = data.person(tenant, Role.MEMBER, "writer@example.com");
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "boss@example.com");
        long approved = write(member, "A lovely cream that kept its promises for weeks.");
        long refused = write(member, "Another review that the brand will refuse for the test.");

        TestData.signIn(manager);
        reviews.approve(approved);
        reviews.refuse(refused, ReviewRefusalCriterion.DUPLICATE, "Same as your other review.");

        TestData.signIn(member);
        assertThat(engagement.myLedger(PageRequest.of(0, 10)).getContent())
                .filteredOn(row -> row.action() == EngagementAction.REVIEW_APPROVED)
                .hasSize(1);
    }

    private long write(AuthenticatedUser author, String text) {
        TestData.signIn(author);
        return reviews.submit(
                        new ReviewDraft(5, "Very good", text, LocalDate.now().minusDays(3)))
                .id();
    }
}
