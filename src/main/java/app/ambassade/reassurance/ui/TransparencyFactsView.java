package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.TransparencyFactForm;
import app.ambassade.reassurance.TransparencyFactKind;
import app.ambassade.reassurance.TransparencyFactRow;
import app.ambassade.reassurance.TransparencyIcons;
import app.ambassade.reassurance.TrustContentService;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Short facts the brand commits to (delivery times, stock, total cost...), each with an icon. */
@Route("manage/trust/facts")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "trust.facts.title", order = 52, icon = "vaadin:truck")
class TransparencyFactsView extends VerticalLayout implements HasDynamicTitle {

    private final TrustContentService content;

    final Grid<TransparencyFactRow> grid = new Grid<>();
    final Select<TransparencyFactKind> kind = new Select<>();
    final Select<String> icon = new Select<>();
    final TextField text = new TextField();
    final IntegerField displayOrder = new IntegerField();
    final Button save = new Button();
    final Button delete = new Button();
    final Button newFact = new Button();
    private Long editing;

    TransparencyFactsView(TrustContentService content) {
        this.content = content;
        grid.addColumn(TransparencyFactRow::displayOrder)
                .setHeader(getTranslation("trust.field.order"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> TransparencyIcons.emoji(f.icon()))
                .setHeader(getTranslation("trust.field.icon"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TransparencyFactRow::text).setHeader(getTranslation("trust.field.text"));
        grid.addColumn(f -> getTranslation(TrustTexts.factKind(f.kind())))
                .setHeader(getTranslation("trust.field.kind"));
        grid.setItems(query ->
                content
                        .facts(PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("displayOrder", "id")))
                        .stream());
        grid.setHeight("16rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        kind.setLabel(getTranslation("trust.field.kind"));
        kind.setItems(TransparencyFactKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(TrustTexts.factKind(k)));
        icon.setLabel(getTranslation("trust.field.icon"));
        icon.setItems(TransparencyIcons.NAMES);
        icon.setItemLabelGenerator(TransparencyIcons::emoji);
        text.setLabel(getTranslation("trust.field.text"));
        text.setHelperText(getTranslation("trust.facts.text.help"));
        text.setMaxLength(300);
        text.setRequiredIndicatorVisible(true);
        displayOrder.setLabel(getTranslation("trust.field.order"));

        FormLayout form = new FormLayout(kind, icon, text, displayOrder);
        form.setColspan(text, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        save.setText(getTranslation("trust.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("trust.action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            if (editing != null) {
                content.deleteFact(editing);
                Notifications.success(this, "trust.deleted");
                grid.getDataProvider().refreshAll();
                clear();
            }
        });
        newFact.setText(getTranslation("trust.facts.new"));
        newFact.addClickListener(e -> clear());
        add(
                new Paragraph(getTranslation("trust.facts.intro")),
                newFact,
                grid,
                form,
                new HorizontalLayout(save, delete));
        setMaxWidth("64rem");
        clear();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "icon", icon, "text", text, "displayOrder", displayOrder);
    }

    private void edit(TransparencyFactRow row) {
        editing = row.id();
        kind.setValue(row.kind());
        icon.setValue(row.icon());
        text.setValue(row.text());
        displayOrder.setValue(row.displayOrder());
        delete.setEnabled(true);
    }

    private void clear() {
        editing = null;
        kind.setValue(TransparencyFactKind.DELIVERY_TIME);
        icon.setValue(TransparencyIcons.NAMES.getFirst());
        text.clear();
        displayOrder.setValue(10);
        delete.setEnabled(false);
        grid.asSingleSelect().clear();
        FieldErrors.clear(fields());
    }

    void save() {
        try {
            TransparencyFactRow saved = content.saveFact(
                    editing,
                    new TransparencyFactForm(
                            kind.getValue(), icon.getValue(), text.getValue(), displayOrder.getValue()));
            editing = saved.id();
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
        return getTranslation("trust.facts.title");
    }
}
