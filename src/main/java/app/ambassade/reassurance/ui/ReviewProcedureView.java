package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.ReviewProcedure;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.text.MarkdownView;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The brand's review procedure page: Markdown on the left, the sanitized public rendering on the
 * right, updated as the manager types. Until the brand saves its own, the default text is shown.
 */
@Route("reviews/procedure")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "reviews.procedure.title", order = 42, icon = "vaadin:file-text-o")
class ReviewProcedureView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService reviews;

    final TextArea markdown = new TextArea();
    final MarkdownView preview;
    final Paragraph status = new Paragraph();
    final Button save = new Button();

    ReviewProcedureView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("review-procedure-view");
        ReviewProcedure current = reviews.currentProcedure(getLocale());
        markdown.setLabel(getTranslation("reviews.procedure.field"));
        markdown.setMaxLength(ReviewService.PROCEDURE_MAX);
        markdown.setValue(current.markdown());
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setWidthFull();
        markdown.setMinHeight("20rem");
        preview = new MarkdownView(current.markdown(), false);
        markdown.addValueChangeListener(e -> preview.setMarkdown(e.getValue()));
        showStatus(current);
        save.setText(getTranslation("reviews.procedure.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Div editor = new Div(markdown, save);
        editor.addClassNames(LumoUtility.MinWidth.NONE, "review-procedure-editor");
        Div previewBox = new Div(new H3(getTranslation("reviews.procedure.preview")), preview);
        previewBox.addClassName("review-procedure-preview");
        previewBox.addClassNames(
                LumoUtility.MinWidth.NONE, LumoUtility.BorderRadius.MEDIUM, "review-procedure-preview-box");
        FlexLayout columns = new FlexLayout(editor, previewBox);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName(LumoUtility.Gap.MEDIUM);
        columns.setWidthFull();
        add(
                new H2(getTranslation("reviews.procedure.title")),
                new Paragraph(getTranslation("reviews.procedure.intro")),
                status,
                columns);
    }

    void save() {
        try {
            ReviewProcedure saved = reviews.saveProcedure(markdown.getValue());
            FieldErrors.clear(Map.of("markdown", markdown));
            showStatus(saved);
            Notifications.success(this, "reviews.procedure.saved");
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("markdown", markdown));
        }
    }

    private void showStatus(ReviewProcedure procedure) {
        status.setText(
                procedure.byBrand()
                        ? getTranslation(
                                "reviews.procedure.updated",
                                Formats.dateTime(procedure.updatedAt(), getLocale(), ViewerZone.current()))
                        : getTranslation("reviews.procedure.default-note"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.procedure.title");
    }
}
