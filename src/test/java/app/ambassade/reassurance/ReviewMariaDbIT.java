package app.ambassade.reassurance;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reviews on MariaDB: the grouped statistics (per rating, status, criterion and month) and the public summary. */
@MariaDbTest
class ReviewMariaDbIT {

    @Autowired
    TestData data;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void statisticsAndThePublicSummaryAreComputedPerTenantOnMariaDb() {
        TenantSummary a = data.tenant("rev-a");
        TenantSummary b = data.tenant("rev-b");
        AuthenticatedUser manager = data.person(a, Role.BRAND_MANAGER, "boss@rev-a.example");
        AuthenticatedUser member = data.person(a, Role.MEMBER, "ann@rev-a.example");
        AuthenticatedUser memberB = data.person(b, Role.MEMBER, "bea@rev-b.example");
        TestData.signIn(memberB);
        reviews.submit(new ReviewDraft(1, "Other brand", "This belongs to brand B only.", LocalDate.now()));
        TestData.signIn(member);
        long five = reviews.submit(
                        new ReviewDraft(5, "Très bien", "Des bougies magnifiques, merci ! ✨", LocalDate.now()))
                .id();
        long two = reviews.submit(new ReviewDraft(2, "Bof", "Livraison en retard d’une semaine.", LocalDate.now()))
                .id();
        long refused = reviews.submit(new ReviewDraft(1, "Spam", "Buy cheap stuff at example.com now", LocalDate.now()))
                .id();
        TestData.signIn(manager);
        reviews.approve(five);
        reviews.approve(two);
        reviews.refuse(refused, ReviewRefusalCriterion.OFF_TOPIC, "Advertising");

        ReviewStatistics stats = reviews.statistics();
        TestData.signOut();
        PublicReviewSummary summary = reviews.summary(a.id(), 10);

        assertThat(stats.average()).isEqualTo(3.5);
        assertThat(stats.perMonth().getLast().submitted()).isEqualTo(3);
        assertThat(stats.refusedByCriterion()).containsEntry(ReviewRefusalCriterion.OFF_TOPIC, 1L);
        assertThat(summary.approvedCount()).isEqualTo(2);
        assertThat(summary.latest())
                .extracting(PublicReviewSummary.PublicReview::text)
                .containsExactlyInAnyOrder("Des bougies magnifiques, merci ! ✨", "Livraison en retard d’une semaine.");
        assertThat(summary.refusedByCriterion()).containsEntry("OFF_TOPIC", 1L);
    }
}
