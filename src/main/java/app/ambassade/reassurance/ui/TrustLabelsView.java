package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.TrustContentService;
import app.ambassade.reassurance.TrustLabelForm;
import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.BoundedUpload;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.FileSizes;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The brand's trust labels: a grid in display order and an editor with image upload. */
@Route("manage/trust/labels")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "trust.labels.title", order = 50, icon = "vaadin:diploma")
class TrustLabelsView extends VerticalLayout implements HasDynamicTitle {

    private final TrustContentService content;
    private final LogoPolicy imagePolicy;

    final Grid<TrustLabelRow> grid = new Grid<>();
    final TextField name = new TextField();
    final Select<TrustLabelKind> kind = new Select<>();
    final TextField link = new TextField();
    final TextArea description = new TextArea();
    final IntegerField displayOrder = new IntegerField();
    final Upload image;
    final Span imageMessage = new Span();
    final Button save = new Button();
    final Button delete = new Button();
    final Button newLabel = new Button();
    private final H3 editorTitle = new H3();
    private Long editing;
    private LogoUpload pendingImage;

    TrustLabelsView(TrustContentService content, LogoPolicy imagePolicy) {
        this.content = content;
        this.imagePolicy = imagePolicy;
        this.image = BoundedUpload.forOneImage(imagePolicy.maxBytes(), this::imageReceived);
        Paragraph intro = new Paragraph(getTranslation("trust.labels.intro"));

        grid.addColumn(TrustLabelRow::displayOrder)
                .setHeader(getTranslation("trust.field.order"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TrustLabelRow::name).setHeader(getTranslation("trust.field.name"));
        grid.addColumn(row -> getTranslation(TrustTexts.kind(row.kind())))
                .setHeader(getTranslation("trust.field.kind"));
        grid.addColumn(row -> row.link() == null ? "" : row.link()).setHeader(getTranslation("trust.field.link"));
        grid.setItems(query ->
                content
                        .labels(PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("displayOrder", "id")))
                        .stream());
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        name.setLabel(getTranslation("trust.field.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("trust.field.kind"));
        kind.setItems(TrustLabelKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(TrustTexts.kind(k)));
        link.setLabel(getTranslation("trust.field.link"));
        link.setHelperText(getTranslation("trust.field.link.help"));
        link.setMaxLength(500);
        description.setLabel(getTranslation("trust.field.description"));
        description.setMaxLength(500);
        displayOrder.setLabel(getTranslation("trust.field.order"));
        displayOrder.setHelperText(getTranslation("trust.field.order.help"));

        image.addFileRejectedListener(e -> showImageText(e.getErrorMessage(), true));
        imageMessage.getElement().setAttribute("role", "status");

        FormLayout form = new FormLayout(name, kind, link, displayOrder, description);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        save.setText(getTranslation("trust.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("trust.action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> deleteCurrent());
        newLabel.setText(getTranslation("trust.labels.new"));
        newLabel.addClickListener(e -> clear());

        Paragraph imageHelp =
                new Paragraph(getTranslation("trust.field.image.help", FileSizes.text(this, imagePolicy.maxBytes())));
        add(
                intro,
                newLabel,
                grid,
                editorTitle,
                form,
                new Span(getTranslation("trust.field.image")),
                image,
                imageHelp,
                imageMessage,
                new HorizontalLayout(save, delete));
        setMaxWidth("64rem");
        clear();
    }

    private void edit(TrustLabelRow row) {
        editing = row.id();
        editorTitle.setText(getTranslation("trust.labels.edit", row.name()));
        name.setValue(row.name());
        kind.setValue(row.kind());
        link.setValue(row.link() == null ? "" : row.link());
        description.setValue(row.description() == null ? "" : row.description());
        displayOrder.setValue(row.displayOrder());
        delete.setEnabled(true);
        pendingImage = null;
        imageMessage.setText(row.hasImage() ? getTranslation("trust.field.image.present") : "");
    }

    private void clear() {
        editing = null;
        editorTitle.setText(getTranslation("trust.labels.new"));
        name.clear();
        kind.setValue(TrustLabelKind.SECURE_PAYMENT);
        link.clear();
        description.clear();
        displayOrder.setValue(10);
        delete.setEnabled(false);
        pendingImage = null;
        imageMessage.setText("");
        grid.asSingleSelect().clear();
        FieldErrors.clear(fields());
    }

    void imageReceived(String fileName, byte[] bytes) {
        LogoUpload upload = new LogoUpload(fileName, bytes);
        try {
            imagePolicy.check(upload, "image");
            pendingImage = upload;
            showImageText(getTranslation("trust.field.image.ready", fileName), false);
        } catch (InvalidInputException e) {
            pendingImage = null;
            showImageText(getTranslation(e.fieldErrors().get("image")), true);
            image.clearFileList();
        }
    }

    private void showImageText(String text, boolean error) {
        imageMessage.setText(text);
        imageMessage.setClassName(LumoUtility.TextColor.ERROR, error);
        imageMessage.setClassName(LumoUtility.TextColor.SUCCESS, !error);
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of(
                "name", name, "kind", kind, "link", link, "description", description, "displayOrder", displayOrder);
    }

    void save() {
        TrustLabelRow saved;
        try {
            saved = content.saveLabel(
                    editing,
                    new TrustLabelForm(
                            name.getValue(),
                            kind.getValue(),
                            link.getValue(),
                            description.getValue(),
                            displayOrder.getValue()));
            if (pendingImage != null) {
                saved = content.replaceLabelImage(saved.id(), pendingImage);
                pendingImage = null;
                image.clearFileList();
            }
        } catch (InvalidInputException e) {
            if (e.fieldErrors().containsKey("image")) {
                showImageText(getTranslation(e.fieldErrors().get("image")), true);
                return;
            }
            FieldErrors.show(this, e, fields());
            return;
        }
        FieldErrors.clear(fields());
        Notifications.success(this, "trust.saved");
        grid.getDataProvider().refreshAll();
        edit(saved);
    }

    private void deleteCurrent() {
        if (editing != null) {
            content.deleteLabel(editing);
            Notifications.success(this, "trust.deleted");
            grid.getDataProvider().refreshAll();
            clear();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trust.labels.title");
    }
}
