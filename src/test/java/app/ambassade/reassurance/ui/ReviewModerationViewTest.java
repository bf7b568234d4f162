package app.ambassade.reassurance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.reassurance.ReviewDraft;
import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewModerationViewTest extends KaribuTest {

    @Autowired
    ReviewService reviews;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;
    AuthenticatedUser memberA;
    long pendingA;
    long pendingB;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@beta.example");
        memberA = data.person(a, Role.MEMBER, "ann@alpha.example");
        AuthenticatedUser memberB = data.person(b, Role.MEMBER, "bea@beta.example");
        TestData.signIn(memberA);
        pendingA = reviews.submit(new ReviewDraft(2, "Alpha late", "Delivery came a week late.", LocalDate.now()))
                .id();
        reviews.submit(new ReviewDraft(5, "Alpha great", "Everything was perfect, thanks.", LocalDate.now()));
        TestData.signIn(memberB);
        pendingB = reviews.submit(new ReviewDraft(1, "Beta secret", "Only beta may read this.", LocalDate.now()))
                .id();
        TestData.signOut();
    }

    private ReviewDetailView openDetail(long id) {
        signIn(managerA);
        UI.getCurrent().navigate("reviews/moderation/review/" + id);
        return _get(ReviewDetailView.class);
    }

    @Test
    void theQueueListsThePendingReviewsOfTheManagersBrandOnlyAndFiltersByRating() {
        signIn(managerA);
        UI.getCurrent().navigate("reviews/moderation");
        ReviewModerationView view = _get(ReviewModerationView.class);

        assertThat(_size(view.grid)).isEqualTo(2);
        _setValue(view.ratingFilter, 2);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).title()).isEqualTo("Alpha late");
        _setValue(view.statusFilter, ReviewStatus.APPROVED);
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void aManagerApprovesAReviewAndThenReplies() {
        ReviewDetailView view = openDetail(pendingA);

        _click(view.approve);
        assertThat(reviews.find(pendingA).orElseThrow().status()).isEqualTo(ReviewStatus.APPROVED);
        _setValue(view.reply, "We are sorry, your next delivery is on us.");
        _click(view.saveReply);

        assertThat(reviews.find(pendingA).orElseThrow().reply())
                .isEqualTo("We are sorry, your next delivery is on us.");
        assertThat(view.saveReply.getText()).isEqualTo("Update the reply");
    }

    @Test
    void refusingWithoutACriterionIsShownAtTheFieldAndTheReasonIsKept() {
        ReviewDetailView view = openDetail(pendingA);
        _setValue(view.reason, "Not about us");

        _click(view.refuse);

        assertThat(view.criterion.isInvalid()).isTrue();
        assertThat(view.criterion.getErrorMessage()).isEqualTo("Choose one of the published criteria.");
        assertThat(view.reason.getValue()).isEqualTo("Not about us");
        assertThat(reviews.find(pendingA).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);

        _setValue(view.criterion, ReviewRefusalCriterion.OFF_TOPIC);
        _click(view.refuse);

        assertThat(reviews.find(pendingA).orElseThrow().refusalCriterion()).isEqualTo(ReviewRefusalCriterion.OFF_TOPIC);
    }

    @Test
    void aReviewOfAnotherBrandIsNotFoundAndCannotBeModerated() {
        signIn(managerA);
        UI.getCurrent().navigate("reviews/moderation/review/" + pendingB);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Beta secret");
        signIn(managerB);
        assertThat(reviews.find(pendingB).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void statisticsShowTheBrandsOwnFigures() {
        TestData.signIn(managerA);
        reviews.approve(pendingA);
        signIn(managerA);
        UI.getCurrent().navigate("reviews/statistics");
        ReviewStatisticsView view = _get(ReviewStatisticsView.class);

        assertThat(view.statistics.approvedCount()).isEqualTo(1);
        assertThat(view.getElement().getTextRecursively()).contains("2 / 5");
        assertThat(_find(view, Span.class, spec -> spec.withClasses("stat-count")))
                .isNotEmpty();
    }

    @Test
    void theProcedureEditorPreviewsAsTheManagerTypesAndKeepsTextThatIsRefused() {
        signIn(managerA);
        UI.getCurrent().navigate("reviews/procedure");
        ReviewProcedureView view = _get(ReviewProcedureView.class);
        assertThat(view.markdown.getValue()).contains("How we collect");

        _setValue(view.markdown, "too short");
        _click(view.save);
        assertThat(view.markdown.isInvalid()).isTrue();
        assertThat(view.markdown.getValue()).isEqualTo("too short");

        _setValue(view.markdown, "## Our way\n\nEvery review is read by our team <script>alert(1)</script>.");
        assertThat(view.preview.getElement().getOuterHTML()).contains("Our way").doesNotContain("<script>");
        _click(view.save);
        assertThat(reviews.procedure(a.id()).markdown()).startsWith("## Our way");
        assertThat(reviews.procedure(b.id()).byBrand()).isFalse();
    }

    @Test
    void theManagersHomeSaysHowManyReviewsWaitForModeration() {
        signIn(managerA);
        UI.getCurrent().navigate("");

        Paragraph pending = _get(Paragraph.class, spec -> spec.withId("reviews-pending"));
        assertThat(pending.getText()).isEqualTo("2 reviews are waiting for moderation.");
    }

    @Test
    void aMemberCannotOpenTheModerationQueue() {
        signIn(memberA);
        UI.getCurrent().navigate("reviews/moderation");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
