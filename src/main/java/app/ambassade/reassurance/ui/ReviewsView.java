package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.ReviewDraft;
import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewRow;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Members and ambassadors write a review (phone first) and follow their reviews: status, the
 * reason of a refusal, the brand's reply. The published moderation criteria are one tap away.
 */
@Route("reviews")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR})
@Menu(title = "reviews.title", order = 40, icon = "vaadin:star")
class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 10;

    private final ReviewService reviews;

    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final DatePicker experienceDate = new DatePicker();
    final Button submit = new Button();
    final Div mine = new Div();
    final Button more = new Button();
    private int loadedPages;

    ReviewsView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("reviews-view");
        setMaxWidth("40rem");
        setPadding(true);
        H2 heading = new H2(getTranslation("reviews.title"));
        Paragraph intro = new Paragraph(getTranslation("reviews.intro"));
        H2 mineTitle = new H2(getTranslation("reviews.mine.title"));
        mineTitle.addClassName(LumoUtility.FontSize.XLARGE);
        mine.setWidthFull();
        more.setText(getTranslation("reviews.mine.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadMore());
        add(heading, intro, form(), criteria(), mineTitle, mine, more);
        reload();
    }

    private VerticalLayout form() {
        rating.setLabel(getTranslation("reviews.rating"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(n -> getTranslation("reviews.rating.option", n));
        rating.getElement().setAttribute("aria-label", getTranslation("reviews.rating.aria"));
        rating.setRequired(true);
        title.setLabel(getTranslation("reviews.field.title"));
        title.setMaxLength(ReviewService.TITLE_MAX);
        title.setRequired(true);
        title.setWidthFull();
        text.setLabel(getTranslation("reviews.field.text"));
        text.setHelperText(getTranslation("reviews.field.text.helper"));
        text.setMaxLength(ReviewService.TEXT_MAX);
        text.setRequired(true);
        text.setMinHeight("8rem");
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        experienceDate.setLabel(getTranslation("reviews.field.experience-date"));
        experienceDate.setLocale(getLocale());
        experienceDate.setMax(LocalDate.now());
        experienceDate.setMin(LocalDate.now().minusYears(ReviewService.MAX_YEARS_BACK));
        experienceDate.setRequired(true);
        submit.setText(getTranslation("reviews.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        submit.setWidthFull();
        H2 formTitle = new H2(getTranslation("reviews.write.title"));
        formTitle.addClassName(LumoUtility.FontSize.XLARGE);
        VerticalLayout form = new VerticalLayout(formTitle, rating, title, text, experienceDate, submit);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("review-form");
        return form;
    }

    private Details criteria() {
        UnorderedList list = new UnorderedList();
        for (ReviewRefusalCriterion c : ReviewRefusalCriterion.values()) {
            Span name = new Span(getTranslation("reviews.criterion." + c.name()));
            name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            list.add(new ListItem(
                    name, new Span(" — " + getTranslation("reviews.criterion." + c.name() + ".description"))));
        }
        Details details = new Details(
                getTranslation("reviews.criteria.title"),
                new Div(new Paragraph(getTranslation("reviews.criteria.intro")), list));
        details.setWidthFull();
        return details;
    }

    void submit() {
        Map<String, HasValidation> fields =
                Map.of("rating", rating, "title", title, "text", text, "experienceDate", experienceDate);
        try {
            reviews.submit(
                    new ReviewDraft(rating.getValue(), title.getValue(), text.getValue(), experienceDate.getValue()));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
            return;
        }
        FieldErrors.clear(fields);
        rating.clear();
        title.clear();
        text.clear();
        experienceDate.clear();
        Notifications.success(this, "reviews.submitted");
        reload();
    }

    private void reload() {
        mine.removeAll();
        loadedPages = 0;
        loadMore();
    }

    private void loadMore() {
        Page<ReviewRow> page = reviews.mine(PageRequest.of(loadedPages, PAGE));
        loadedPages++;
        page.forEach(r -> mine.add(new ReviewCard(r, true)));
        if (page.getTotalElements() == 0) {
            mine.add(new Paragraph(getTranslation("reviews.mine.empty")));
        }
        more.setVisible(page.hasNext());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }
}
