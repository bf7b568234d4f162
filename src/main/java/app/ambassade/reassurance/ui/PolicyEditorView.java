package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.PolicyService;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.text.MarkdownView;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Return, delivery and privacy policies: a Markdown editor with a live preview of what the public
 * will see; saving writes the draft, publishing makes it the current version; the history lists every
 * version with who published it and when.
 */
@Route("manage/trust/policies")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "trust.policies.title", order = 51, icon = "vaadin:file-text-o")
class PolicyEditorView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyService policies;

    final Select<PolicyType> type = new Select<>();
    final TextArea body = new TextArea();
    final MarkdownView preview = new MarkdownView("", false);
    final Paragraph status = new Paragraph();
    final Button saveDraft = new Button();
    final Button publish = new Button();
    final Grid<PolicyVersionRow> history = new Grid<>();

    PolicyEditorView(PolicyService policies) {
        this.policies = policies;
        type.setLabel(getTranslation("trust.policies.type"));
        type.setItems(PolicyType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(TrustTexts.policy(t)));
        type.addValueChangeListener(e -> load(e.getValue()));

        body.setLabel(getTranslation("trust.policies.body"));
        body.setHelperText(getTranslation("trust.policies.body.help"));
        body.setMaxLength(PolicyService.MAX_BODY);
        body.setMinHeight("18rem");
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> preview.setMarkdown(e.getValue()));

        Div previewBox = new Div(new H3(getTranslation("trust.policies.preview")), preview);
        previewBox.addClassNames(
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.MinWidth.NONE,
                "policy-editor-preview-box");
        Div editorBox = new Div(body);
        editorBox.addClassNames(LumoUtility.MinWidth.NONE, "policy-editor-editor-box");
        HorizontalLayout editor = new HorizontalLayout(editorBox, previewBox);
        editor.setWidthFull();
        editor.addClassName(LumoUtility.FlexWrap.WRAP);

        saveDraft.setText(getTranslation("trust.policies.save-draft"));
        saveDraft.addClickListener(e -> saveDraft());
        publish.setText(getTranslation("trust.policies.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());

        history.addColumn(PolicyVersionRow::number)
                .setHeader(getTranslation("trust.policies.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(v -> v.published()
                        ? getTranslation("trust.policies.published")
                        : getTranslation("trust.policies.draft"))
                .setHeader(getTranslation("trust.policies.state"));
        history.addColumn(v -> Formats.dateTime(
                        v.published() ? v.publishedAt() : v.updatedAt(), getLocale(), ViewerZone.current()))
                .setHeader(getTranslation("trust.policies.when"));
        history.addColumn(v -> v.publishedBy() == null ? "" : v.publishedBy())
                .setHeader(getTranslation("trust.policies.by"));
        history.setHeight("14rem");

        Anchor publicPage = new Anchor("/trust", getTranslation("trust.policies.public-page"));
        publicPage.setTarget("_blank");
        add(
                new Paragraph(getTranslation("trust.policies.intro")),
                type,
                status,
                editor,
                new HorizontalLayout(saveDraft, publish),
                new H3(getTranslation("trust.policies.history")),
                history,
                publicPage);
        setMaxWidth("72rem");
        type.setValue(PolicyType.RETURN);
    }

    private void load(PolicyType selected) {
        if (selected == null) {
            return;
        }
        var draft = policies.draft(selected);
        var current = policies.current(selected);
        body.setValue(draft.or(() -> current).map(PolicyVersionRow::body).orElse(""));
        preview.setMarkdown(body.getValue());
        showStatus(selected);
        FieldErrors.clear(Map.of("body", body));
    }

    private void showStatus(PolicyType selected) {
        var current = policies.current(selected);
        String published = current.map(v -> getTranslation(
                        "trust.policies.current",
                        v.number(),
                        Formats.dateTime(v.publishedAt(), getLocale(), ViewerZone.current())))
                .orElse(getTranslation("trust.policies.none-published"));
        status.setText(
                policies.draft(selected).isPresent()
                        ? published + " " + getTranslation("trust.policies.has-draft")
                        : published);
        history.setItems(policies.history(selected));
    }

    void saveDraft() {
        try {
            policies.saveDraft(type.getValue(), body.getValue());
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("body", body));
            return;
        }
        FieldErrors.clear(Map.of("body", body));
        Notifications.success(this, "trust.policies.draft-saved");
        showStatus(type.getValue());
    }

    void publish() {
        try {
            policies.saveDraft(type.getValue(), body.getValue());
            policies.publish(type.getValue());
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("body", body));
            return;
        }
        FieldErrors.clear(Map.of("body", body));
        Notifications.success(this, "trust.policies.published-now");
        showStatus(type.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trust.policies.title");
    }
}
