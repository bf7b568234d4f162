package app.ambassade.reassurance.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.reassurance.WidgetSettingsRow;
import app.ambassade.reassurance.WidgetSettingsService;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.TenantHosts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The widget for the brand's own shop: the snippet to paste (with a copy button), the web origins
 * allowed to load it, the key (which can be regenerated) and a live preview of the rendered block.
 */
@Route("manage/trust/widget")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "trust.widget.title", order = 54, icon = "vaadin:code")
class WidgetSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final WidgetSettingsService widgets;
    private final String baseUrl;

    final TextArea snippet = new TextArea();
    final TextArea origins = new TextArea();
    final Button copy = new Button();
    final Button saveOrigins = new Button();
    final Button regenerate = new Button();
    final IFrame preview = new IFrame();
    final Anchor publicPage;

    WidgetSettingsView(WidgetSettingsService widgets, TenantHosts hosts) {
        this.widgets = widgets;
        this.baseUrl = hosts.tenantUrl(AuthenticatedUser.require().tenantSlug());
        WidgetSettingsRow settings = widgets.current();

        snippet.setLabel(getTranslation("trust.widget.snippet"));
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        copy.setText(getTranslation("trust.widget.copy"));
        copy.addClickListener(e -> {
            getUI().ifPresent(ui -> ui.getPage()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", snippet.getValue()));
            Notifications.success(this, "trust.widget.copied");
        });

        origins.setLabel(getTranslation("trust.widget.origins"));
        origins.setHelperText(getTranslation("trust.widget.origins.help"));
        origins.setWidthFull();
        origins.setMaxLength(WidgetSettingsService.ORIGINS_TEXT_MAX);
        origins.setValue(String.join("\n", settings.allowedOrigins()));
        saveOrigins.setText(getTranslation("trust.widget.save-origins"));
        saveOrigins.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveOrigins.addClickListener(e -> saveOrigins());

        regenerate.setText(getTranslation("trust.widget.regenerate"));
        regenerate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        regenerate.addClickListener(e -> {
            show(widgets.regenerateKey());
            Notifications.success(this, "trust.widget.regenerated");
        });

        preview.setSrc("/trust/embed");
        preview.setWidth("100%");
        preview.setHeight("22rem");
        preview.getElement().setAttribute("title", getTranslation("trust.widget.preview"));
        preview.addClassName("widget-settings-preview");

        publicPage = new Anchor(baseUrl + "/trust", getTranslation("trust.widget.public-page", baseUrl + "/trust"));
        publicPage.setTarget("_blank");

        add(
                new Paragraph(getTranslation("trust.widget.intro")),
                snippet,
                copy,
                origins,
                saveOrigins,
                new H3(getTranslation("trust.widget.preview")),
                preview,
                publicPage,
                new Paragraph(getTranslation("trust.widget.regenerate.help")),
                new HorizontalLayout(regenerate));
        setMaxWidth("56rem");
        show(settings);
    }

    private void show(WidgetSettingsRow settings) {
        snippet.setValue(
                "<script src=\"" + baseUrl + "/widget.js\" data-key=\"" + settings.key() + "\" async></script>");
        preview.reload();
    }

    void saveOrigins() {
        try {
            WidgetSettingsRow saved = widgets.saveOrigins(origins.getValue());
            origins.setValue(String.join("\n", saved.allowedOrigins()));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("origins", origins));
            return;
        }
        FieldErrors.clear(Map.of("origins", origins));
        Notifications.success(this, "trust.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trust.widget.title");
    }
}
