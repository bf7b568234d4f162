package app.ambassade.tenancy.ui;

import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.BoundedUpload;
import app.ambassade.shared.ui.ColorField;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.FileSizes;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import app.ambassade.tenancy.TenantBranding;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;

/**
 * The brand manager's own brand: name, colour, default language and logo. The tenant is always
 * the signed-in manager's; saving reloads the page so that the frame shows the new branding.
 */
@Route("settings")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "settings.title", order = 80, icon = "vaadin:cog")
public class TenantSettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final String SAVED = TenantSettingsView.class.getName() + ".saved";

    private final TenantService tenants;
    private final LogoPolicy logoPolicy;

    final TextField name = new TextField();
    final ColorField brandColor =
            new ColorField(getTranslation("settings.brand-color"), getTranslation("settings.brand-color.picker"));
    final Select<Locale> defaultLanguage = new Select<>();
    final Upload logoUpload;
    final Span logoMessage = new Span();
    final Button save = new Button();
    private LogoUpload pendingLogo;

    TenantSettingsView(TenantService tenants, LogoPolicy logoPolicy) {
        this.tenants = tenants;
        this.logoPolicy = logoPolicy;
        this.logoUpload = BoundedUpload.forOneImage(logoPolicy.maxBytes(), this::logoReceived);
        addClassName("settings-view");
        setMaxWidth("48rem");
        TenantSummary tenant = tenants.current().orElseThrow();

        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        name.setLabel(getTranslation("settings.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setValue(tenant.name());

        configureColor(tenant.brandColor());

        defaultLanguage.setLabel(getTranslation("settings.default-language"));
        defaultLanguage.setItems(TranslationProvider.LOCALES);
        defaultLanguage.setItemLabelGenerator(l -> l == null ? "" : getTranslation("language." + l.getLanguage()));
        defaultLanguage.setHelperText(getTranslation("settings.default-language.help"));
        defaultLanguage.setValue(TranslationProvider.supported(tenant.defaultLocale()));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(name, 2);
        form.add(brandColor, defaultLanguage);
        form.setWidthFull();

        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(intro, form, logoSection(tenant), save);
    }

    private void configureColor(String current) {
        brandColor.setHelperText(getTranslation("settings.brand-color.help"));
        brandColor.setValue(current);
    }

    private Component logoSection(TenantSummary tenant) {
        NativeLabel label = new NativeLabel(getTranslation("settings.logo"));
        label.addClassNames(LumoUtility.FontWeight.MEDIUM, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div current = new Div();
        if (tenant.hasLogo()) {
            Image logo = new Image(
                    "/branding/" + tenant.slug() + "/logo?v=" + tenant.logoVersion(),
                    getTranslation("settings.logo-alt", tenant.name()));
            logo.addClassName("brand-logo-large");
            current.add(logo);
        } else {
            current.add(new Span(getTranslation("settings.logo.none")));
        }

        // The browser refuses too large or non-image files before sending them, with our words.
        logoUpload.addFileRejectedListener(e -> showLogoText(e.getErrorMessage(), true));
        logoUpload.addFileRemovedListener(e -> {
            pendingLogo = null;
            logoMessage.setText("");
        });

        logoMessage.addClassName("logo-message");
        logoMessage.getElement().setAttribute("role", "status");
        logoMessage.addClassName(LumoUtility.FontSize.SMALL);
        Paragraph help =
                new Paragraph(getTranslation("settings.logo.help", FileSizes.text(this, logoPolicy.maxBytes())));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        VerticalLayout section = new VerticalLayout(label, current, logoUpload, help, logoMessage);
        section.setPadding(false);
        section.setSpacing(false);
        section.addClassName(LumoUtility.Gap.SMALL);
        return section;
    }

    /** Called in the UI once the bytes are in; the type is sniffed from the content, not trusted. */
    void logoReceived(String fileName, byte[] content) {
        LogoUpload upload = new LogoUpload(fileName, content);
        try {
            logoPolicy.check(upload, "logo");
            pendingLogo = upload;
            showLogoText(getTranslation("settings.logo.ready", fileName), false);
        } catch (InvalidInputException e) {
            pendingLogo = null;
            showLogoError(e.fieldErrors().get("logo"));
            logoUpload.clearFileList();
        }
    }

    private void showLogoError(String key) {
        showLogoText(getTranslation(key), true);
    }

    private void showLogoText(String text, boolean error) {
        logoMessage.setText(text);
        logoMessage.setClassName(LumoUtility.TextColor.ERROR, error);
        logoMessage.setClassName(LumoUtility.TextColor.SUCCESS, !error);
    }

    private void save() {
        try {
            String color =
                    brandColor.getValue() == null ? null : brandColor.getValue().strip();
            tenants.rebrandCurrent(new TenantBranding(name.getValue(), defaultLanguage.getValue(), color));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("name", name, "brandColor", brandColor, "defaultLocale", defaultLanguage));
            return;
        }
        FieldErrors.clear(Map.of("name", name, "brandColor", brandColor, "defaultLocale", defaultLanguage));
        if (pendingLogo != null) {
            try {
                tenants.replaceCurrentLogo(pendingLogo);
                pendingLogo = null;
            } catch (InvalidInputException e) {
                showLogoError(e.fieldErrors().getOrDefault("logo", "validation.upload-not-image"));
                return;
            }
        }
        // The frame (colour, logo, name) is built when a page loads: reload so that it shows the new branding.
        VaadinSession.getCurrent().setAttribute(SAVED, Boolean.TRUE);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        VaadinSession session = event.getSession();
        if (Boolean.TRUE.equals(session.getAttribute(SAVED))) {
            session.setAttribute(SAVED, null);
            Notifications.success(this, "settings.saved");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
