package app.ambassade.reassurance.ui;

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
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewsViewTest extends KaribuTest {

    @Autowired
    ReviewService reviews;

    TenantSummary tenant;
    AuthenticatedUser member;
    AuthenticatedUser manager;

    @BeforeEach
    void seed() {
        tenant = data.tenant("lumiere");
        member = data.person(tenant, Role.MEMBER, "claire@lumiere.example");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@lumiere.example");
    }

    private ReviewsView open(AuthenticatedUser who) {
        signIn(who);
        UI.getCurrent().navigate("reviews");
        return _get(ReviewsView.class);
    }

    @Test
    void aMemberWritesAReviewAndSeesItAwaitingModeration() {
        ReviewsView view = open(member);
        assertThat(_find(
                        view.mine,
                        Paragraph.class,
                        spec -> spec.withText("You have not written any review yet. "
                                + "Your reviews and their moderation outcome will appear here.")))
                .hasSize(1);

        _setValue(view.rating, 4);
        _setValue(view.title, "Lovely candles");
        _setValue(view.text, "They smell wonderful and last for hours.");
        _setValue(view.experienceDate, LocalDate.now().minusDays(2));
        _click(view.submit);

        assertThat(view.title.getValue()).isEmpty();
        ReviewCard card = _get(view.mine, ReviewCard.class);
        assertThat(card.text.getText()).isEqualTo("They smell wonderful and last for hours.");
        assertThat(card.getElement().getTextRecursively())
                .contains("Lovely candles")
                .contains("Awaiting moderation");
    }

    @Test
    void theRatingOffersOnlyOneToFive() {
        ReviewsView view = open(member);

        assertThat(view.rating.getListDataView().getItems()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void missingRatingAndShortTextAreShownAtTheFieldsAndWhatWasTypedIsKept() {
        ReviewsView view = open(member);
        _setValue(view.title, "Too short");
        _setValue(view.text, "Meh");
        _setValue(view.experienceDate, LocalDate.now());

        _click(view.submit);

        assertThat(view.rating.isInvalid()).isTrue();
        assertThat(view.rating.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isNotBlank();
        assertThat(view.title.getValue()).isEqualTo("Too short");
        assertThat(view.text.getValue()).isEqualTo("Meh");
        assertThat(_find(view.mine, ReviewCard.class)).isEmpty();
    }

    @Test
    void anExperienceInTheFutureIsRefusedAtTheDateFieldInFrench() {
        ReviewsView view = open(member);
        useLocale(Locale.FRENCH);
        _setValue(view.rating, 5);
        _setValue(view.title, "Parfait");
        _setValue(view.text, "Une bougie qui sent très bon.");
        _setValue(view.experienceDate, LocalDate.now().plusDays(3));

        _click(view.submit);

        assertThat(view.experienceDate.isInvalid()).isTrue();
        assertThat(view.experienceDate.getErrorMessage())
                .isEqualTo("La date de l’expérience ne peut pas être dans le futur.");
        assertThat(view.text.getValue()).isEqualTo("Une bougie qui sent très bon.");
        assertThat(view.rating.getValue()).isEqualTo(5);
    }

    @Test
    void aRefusedReviewShowsTheCriterionAndTheReasonToItsAuthor() {
        TestData.signIn(member);
        long id = reviews.submit(new ReviewDraft(1, "Bad", "The shop assistant Paul was rude.", LocalDate.now()))
                .id();
        TestData.signIn(manager);
        reviews.refuse(id, ReviewRefusalCriterion.PERSONAL_DATA, "Please do not name our staff.");

        ReviewsView view = open(member);

        assertThat(_get(view.mine, ReviewCard.class).getElement().getTextRecursively())
                .contains("Not published: Personal data. Please do not name our staff.");
    }

    @Test
    void aReviewWithAScriptIsShownAsText() {
        TestData.signIn(member);
        reviews.submit(new ReviewDraft(3, "<b>Title</b>", "<script>alert(1)</script>", LocalDate.now()));

        ReviewsView view = open(member);

        ReviewCard card = _get(view.mine, ReviewCard.class);
        assertThat(card.text.getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(card.text.getElement().getChildCount()).isEqualTo(1);
        assertThat(card.text.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(_find(view, Html.class)).isEmpty();
    }

    @Test
    void aManagerCannotOpenTheMembersReviewsView() {
        signIn(manager);
        UI.getCurrent().navigate("reviews");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aMemberCannotOpenTheManagersReviewViews() {
        signIn(member);
        for (String route : new String[] {
            "reviews/moderation", "reviews/statistics", "reviews/procedure", "reviews/moderation/review/1"
        }) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
        }
    }
}
