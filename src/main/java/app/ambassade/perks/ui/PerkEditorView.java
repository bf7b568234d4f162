package app.ambassade.perks.ui;

import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkForm;
import app.ambassade.perks.PerkFormRules;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkLimits;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.PerkStatus;
import app.ambassade.perks.PerkView;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.ImageLimits;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Creates or edits a perk, with a live preview of the card as a member will see it. Errors show at their
 * fields and what was typed stays; pictures, files and codes can be added once the perk is saved.
 */
@Route("manage/perks/:id/edit")
@RolesAllowed(Roles.BRAND_MANAGER)
class PerkEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PerkCatalogue catalogue;
    private Long perkId;
    private PerkStatus status = PerkStatus.DRAFT;

    final Select<PerkKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker availableFrom = new DateTimePicker();
    final DateTimePicker availableUntil = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final Checkbox waitlist = new Checkbox();
    final EligibilityFields eligibility;
    final AccessFields access = new AccessFields();
    final EventFields event = new EventFields();
    final ContentFields content = new ContentFields();
    final PerkUploads uploads;
    final Button save = new Button();
    final Button publish = new Button();
    final Button duplicate = new Button();
    final Div preview = new Div();

    PerkEditorView(
            PerkCatalogue catalogue,
            PerkLimits limits,
            ImageLimits imageLimits,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
                    java.util.concurrent.Executor background) {
        this.catalogue = catalogue;
        this.eligibility = new EligibilityFields(catalogue.tiers(), catalogue.communities());
        this.uploads = new PerkUploads(catalogue, limits, imageLimits.maxBytes(), background);
        addClassName("perk-editor-view");
        configureGeneral();
        save.setText(getTranslation("perks.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.addClickListener(e -> togglePublished());
        duplicate.setText(getTranslation("perks.admin.duplicate"));
        duplicate.addClickListener(e -> duplicate());
        Button back = new Button(getTranslation("perks.editor.back"), e -> PerkNavigation.navigateToAdmin());
        HorizontalLayout actions = new HorizontalLayout(save, publish, duplicate, back);
        actions.setWrap(true);

        VerticalLayout form = new VerticalLayout(
                new H3(getTranslation("perks.editor.general")),
                kind,
                title,
                description,
                availableFrom,
                availableUntil,
                new H3(getTranslation("perks.editor.places")),
                capacity,
                waitlist,
                access,
                event,
                content,
                eligibility,
                uploads,
                actions);
        form.setPadding(false);
        form.addClassName("perk-editor-form");
        VerticalLayout previewPane = new VerticalLayout(
                new H3(getTranslation("perks.editor.preview")),
                new Paragraph(getTranslation("perks.editor.preview.help")),
                preview);
        previewPane.setPadding(false);
        previewPane.addClassName("perk-preview");
        previewPane.addClassNames(
                LumoUtility.Position.STICKY,
                LumoUtility.Position.Top.NONE,
                LumoUtility.AlignSelf.START,
                "perk-editor-preview-pane");
        FlexLayout columns = new FlexLayout(form, previewPane);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName(LumoUtility.Gap.LARGE);
        columns.setWidthFull();
        add(new H2(getTranslation("perks.editor.title")), columns);
        Runnable refresh = this::refreshPreview;
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {
            kind, title, description, availableFrom, availableUntil, capacity, waitlist
        }) {
            field.addValueChangeListener(e -> refresh.run());
        }
        eligibility.onChange(refresh);
        event.onChange(refresh);
        content.videoLink.addValueChangeListener(e -> refresh.run());
        content.article.addValueChangeListener(e -> refresh.run());
        uploads.onChange(refresh);
    }

    private void configureGeneral() {
        kind.setLabel(getTranslation("perks.admin.kind"));
        kind.setItems(PerkKind.values());
        kind.setItemLabelGenerator(k -> PerkTexts.kind(this, k));
        kind.setValue(PerkKind.EVENT);
        kind.addValueChangeListener(e -> showKind());
        title.setLabel(getTranslation("perks.field.title"));
        title.setMaxLength(PerkFormRules.TITLE_MAX);
        title.setWidthFull();
        description.setLabel(getTranslation("perks.field.description"));
        description.setMaxLength(PerkFormRules.DESCRIPTION_MAX);
        description.setWidthFull();
        description.setHelperText(getTranslation("perks.field.description.help"));
        availableFrom.setLabel(getTranslation("perks.field.available-from"));
        availableFrom.setHelperText(getTranslation("perks.field.available-from.help"));
        availableUntil.setLabel(getTranslation("perks.field.available-until"));
        capacity.setLabel(getTranslation("perks.field.capacity"));
        capacity.setHelperText(getTranslation("perks.field.capacity.help"));
        capacity.setStepButtonsVisible(true);
        waitlist.setLabel(getTranslation("perks.field.waitlist"));
        showKind();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(PerkNavigation.ID).orElse(PerkNavigation.NEW);
        if (PerkNavigation.NEW.equals(id)) {
            perkId = null;
            showKind();
            refreshPreview();
            return;
        }
        Optional<Long> parsed = RouteIds.parse(id);
        if (parsed.isEmpty()) {
            enter.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            perkId = parsed.get();
            PerkForm form = catalogue.form(perkId);
            status = catalogue.view(perkId).map(PerkView::status).orElse(PerkStatus.DRAFT);
            fill(form);
        } catch (PerkNotFoundException e) {
            enter.rerouteToError(NotFoundException.class);
        }
    }

    private void fill(PerkForm form) {
        kind.setValue(form.kind());
        kind.setReadOnly(true);
        title.setValue(form.title());
        description.setValue(form.description());
        availableFrom.setValue(local(form.availableFrom()));
        availableUntil.setValue(local(form.availableUntil()));
        capacity.setValue(form.capacity());
        waitlist.setValue(form.waitlistEnabled());
        eligibility.setValue(form.rules());
        access.setValue(form.access());
        event.setValue(form.event());
        content.setValue(form.content());
        showKind();
        refreshPreview();
    }

    private void showKind() {
        PerkKind k = kind.getValue();
        access.setVisible(k == PerkKind.EARLY_ACCESS);
        event.setVisible(k == PerkKind.EVENT);
        content.setVisible(k == PerkKind.CONTENT);
        waitlist.setVisible(k == PerkKind.EVENT);
        capacity.setLabel(getTranslation(k == PerkKind.CO_CREATION ? "perks.field.seats" : "perks.field.capacity"));
        uploads.show(perkId, k);
        publish.setText(
                getTranslation(status == PerkStatus.PUBLISHED ? "perks.admin.unpublish" : "perks.admin.publish"));
        publish.setEnabled(perkId != null);
        duplicate.setEnabled(perkId != null);
    }

    PerkForm form() {
        return new PerkForm(
                kind.getValue(),
                title.getValue(),
                description.getValue(),
                instant(availableFrom.getValue()),
                instant(availableUntil.getValue()),
                eligibility.value(),
                capacity.getValue(),
                waitlist.getValue(),
                access.value(),
                event.value(),
                content.value());
    }

    private boolean save() {
        try {
            PerkForm form = form();
            if (perkId == null) {
                perkId = catalogue.create(form);
                kind.setReadOnly(true);
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, PerkNavigation.editor(perkId)));
            } else {
                catalogue.update(perkId, form);
            }
            FieldErrors.clear(fields());
            showKind();
            Notifications.success(this, "perks.editor.saved");
            return true;
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields());
            return false;
        } catch (PerkNotFoundException e) {
            Notifications.error(this, "perks.error.gone");
            return false;
        }
    }

    private void togglePublished() {
        if (!save()) {
            return;
        }
        PerkStatus target = status == PerkStatus.PUBLISHED ? PerkStatus.DRAFT : PerkStatus.PUBLISHED;
        try {
            catalogue.setStatus(perkId, target);
            status = target;
            showKind();
            refreshPreview();
            Notifications.success(this, "perks.admin.status-changed", PerkTexts.status(this, target));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields());
        }
    }

    private void duplicate() {
        if (perkId == null) {
            return;
        }
        long copy = catalogue.duplicate(perkId, getTranslation("perks.admin.copy-title", title.getValue()));
        Notifications.success(this, "perks.admin.duplicated");
        PerkNavigation.navigateToEditor(copy);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("description", description);
        fields.put("availableFrom", availableFrom);
        fields.put("availableUntil", availableUntil);
        fields.put("capacity", capacity);
        eligibility.fields(fields);
        access.fields(fields);
        event.fields(fields);
        content.fields(fields);
        uploads.fields(fields);
        return fields;
    }

    private void refreshPreview() {
        PerkKind k = kind.getValue();
        PerkView view = new PerkView(
                perkId == null ? 0 : perkId,
                k,
                status,
                title.getValue(),
                description.getValue(),
                uploads.hasImage(),
                instant(availableFrom.getValue()),
                instant(availableUntil.getValue()),
                capacity.getValue(),
                uploads.taken(),
                waitlist.getValue() && k == PerkKind.EVENT,
                k == PerkKind.EVENT ? event.preview() : null,
                !content.article.isEmpty(),
                uploads.hasFile(),
                !content.videoLink.isEmpty());
        preview.removeAll();
        Long id = perkId;
        preview.add(
                id == null || !uploads.hasImage()
                        ? PerkCardView.preview(view)
                        : PerkCardView.preview(view, () -> catalogue.image(id)));
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ViewerZone.current()).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ViewerZone.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("perks.editor.title");
    }
}
