package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.FaqForm;
import app.ambassade.reassurance.FaqRow;
import app.ambassade.reassurance.TrustContentService;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.text.MarkdownView;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Questions and answers (safe Markdown), grouped by category, in display order. */
@Route("manage/trust/faq")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "trust.faq.title", order = 53, icon = "vaadin:question-circle-o")
class FaqView extends VerticalLayout implements HasDynamicTitle {

    private final TrustContentService content;

    final Grid<FaqRow> grid = new Grid<>();
    final TextField category = new TextField();
    final TextField question = new TextField();
    final TextArea answer = new TextArea();
    final IntegerField displayOrder = new IntegerField();
    final MarkdownView preview = new MarkdownView("", false);
    final Button save = new Button();
    final Button delete = new Button();
    final Button newEntry = new Button();
    private Long editing;

    FaqView(TrustContentService content) {
        this.content = content;
        grid.addColumn(FaqRow::category)
                .setHeader(getTranslation("trust.field.category"))
                .setAutoWidth(true);
        grid.addColumn(FaqRow::displayOrder)
                .setHeader(getTranslation("trust.field.order"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FaqRow::question).setHeader(getTranslation("trust.field.question"));
        grid.setItems(
                query -> content
                        .faq(PageRequest.of(
                                query.getPage(), query.getPageSize(), Sort.by("category", "displayOrder", "id")))
                        .stream());
        grid.setHeight("16rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        category.setLabel(getTranslation("trust.field.category"));
        category.setMaxLength(80);
        question.setLabel(getTranslation("trust.field.question"));
        question.setMaxLength(300);
        question.setRequiredIndicatorVisible(true);
        answer.setLabel(getTranslation("trust.field.answer"));
        answer.setHelperText(getTranslation("trust.policies.body.help"));
        answer.setMaxLength(10000);
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.addValueChangeListener(e -> preview.setMarkdown(e.getValue()));
        displayOrder.setLabel(getTranslation("trust.field.order"));

        FormLayout form = new FormLayout(category, displayOrder, question, answer);
        form.setColspan(question, 2);
        form.setColspan(answer, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        save.setText(getTranslation("trust.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("trust.action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            if (editing != null) {
                content.deleteFaq(editing);
                Notifications.success(this, "trust.deleted");
                grid.getDataProvider().refreshAll();
                clear();
            }
        });
        newEntry.setText(getTranslation("trust.faq.new"));
        newEntry.addClickListener(e -> clear());
        add(
                new Paragraph(getTranslation("trust.faq.intro")),
                newEntry,
                grid,
                form,
                new H3(getTranslation("trust.policies.preview")),
                preview,
                new HorizontalLayout(save, delete));
        setMaxWidth("64rem");
        clear();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("category", category, "question", question, "answer", answer, "displayOrder", displayOrder);
    }

    private void edit(FaqRow row) {
        editing = row.id();
        category.setValue(row.category());
        question.setValue(row.question());
        answer.setValue(row.answer());
        displayOrder.setValue(row.displayOrder());
        delete.setEnabled(true);
    }

    private void clear() {
        editing = null;
        category.clear();
        question.clear();
        answer.clear();
        displayOrder.setValue(10);
        delete.setEnabled(false);
        grid.asSingleSelect().clear();
        FieldErrors.clear(fields());
    }

    void save() {
        try {
            editing = content.saveFaq(
                            editing,
                            new FaqForm(
                                    category.getValue(),
                                    question.getValue(),
                                    answer.getValue(),
                                    displayOrder.getValue()))
                    .id();
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields());
            return;
        }
        FieldErrors.clear(fields());
        Notifications.success(this, "trust.saved");
        grid.getDataProvider().refreshAll();
        delete.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trust.faq.title");
    }
}
