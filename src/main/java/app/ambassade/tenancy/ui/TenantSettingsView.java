package app.ambassade.tenancy.ui;

import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
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
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The brand manager's own brand: name, colour, default language and logo. The tenant is always
 * the signed-in manager's; saving reloads the page so that the frame shows the new branding.
 */
@Route("settings")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "settings.title", order = 80, icon = "vaadin:cog")
public class TenantSettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final String SAVED = TenantSettingsView.class.getName() + ".saved";

    private final TenantService tenants;

    final TextField name = new TextField();
    final TextField brandColor = new TextField();
    final Input colorPicker = new Input(ValueChangeMode.ON_CHANGE);
    final Select<Locale> defaultLanguage = new Select<>();
    final Upload logoUpload = new Upload();
    final Span logoMessage = new Span();
    final Button save = new Button();
    private final Div swatch = new Div();
    private LogoUpload pendingLogo;

    TenantSettingsView(TenantService tenants) {
        this.tenants = tenants;
        addClassName("settings-view");
        setMaxWidth("48rem");
        TenantSummary tenant = tenants.current().orElseThrow();

        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

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
        form.add(colorRow(), defaultLanguage);
        form.setWidthFull();

        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(intro, form, logoSection(tenant), save);
    }

    private void configureColor(String current) {
        brandColor.setLabel(getTranslation("settings.brand-color"));
        brandColor.setHelperText(getTranslation("settings.brand-color.help"));
        brandColor.setMaxLength(7);
        brandColor.setValueChangeMode(ValueChangeMode.EAGER);
        brandColor.setValue(current);
        brandColor.addValueChangeListener(e -> showSwatch(e.getValue()));

        swatch.addClassName("color-swatch");
        swatch.getStyle().set("width", "1.25rem").set("height", "1.25rem").set("border-radius", "50%")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        swatch.getElement().setAttribute("aria-hidden", "true");
        brandColor.setPrefixComponent(swatch);

        // The browser's own colour picker, kept in step with the text field.
        colorPicker.setType("color");
        colorPicker.getElement().setAttribute("aria-label", getTranslation("settings.brand-color.picker"));
        colorPicker.getStyle().set("width", "2.5rem").set("height", "2.25rem").set("padding", "0")
                .set("border", "none").set("background", "none").set("cursor", "pointer");
        colorPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && COLOR.matcher(e.getValue()).matches()) {
                brandColor.setValue(e.getValue());
            }
        });
        showSwatch(current);
    }

    private Component colorRow() {
        HorizontalLayout row = new HorizontalLayout(brandColor, colorPicker);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(true);
        row.setPadding(false);
        brandColor.setWidthFull();
        row.setFlexGrow(1, brandColor);
        return row;
    }

    private void showSwatch(String value) {
        String color = value == null ? "" : value.strip();
        if (COLOR.matcher(color).matches()) {
            swatch.getStyle().set("background", color);
            colorPicker.setValue(color.toLowerCase(Locale.ROOT));
        } else {
            // A visibly empty swatch: the typed text is not a colour yet.
            swatch.getStyle().set("background",
                    "repeating-linear-gradient(45deg, var(--lumo-contrast-10pct) 0 3px, transparent 3px 6px)");
        }
    }

    private Component logoSection(TenantSummary tenant) {
        NativeLabel label = new NativeLabel(getTranslation("settings.logo"));
        label.getStyle().set("font-weight", "500").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div current = new Div();
        if (tenant.hasLogo()) {
            Image logo = new Image("/branding/" + tenant.slug() + "/logo?v=" + tenant.logoVersion(),
                    getTranslation("shell.logo-alt", tenant.name()));
            logo.addClassName("brand-logo-large");
            current.add(logo);
        } else {
            current.add(new Span(getTranslation("settings.logo.none")));
        }

        logoUpload.setUploadHandler(new LogoUploadHandler(this::logoReceived));
        logoUpload.setMaxFiles(1);
        logoUpload.setMaxFileSize(LogoPolicy.MAX_BYTES);
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp",
                ".png", ".jpg", ".jpeg", ".gif", ".webp");
        logoUpload.setI18n(uploadTexts());
        // The browser refuses too large or non-image files before sending them, with our words.
        logoUpload.addFileRejectedListener(e -> showLogoText(e.getErrorMessage(), true));
        logoUpload.addFileRemovedListener(e -> {
            pendingLogo = null;
            logoMessage.setText("");
        });

        logoMessage.addClassName("logo-message");
        logoMessage.getElement().setAttribute("role", "status");
        logoMessage.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Paragraph help = new Paragraph(getTranslation("settings.logo.help"));
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");

        VerticalLayout section = new VerticalLayout(label, current, logoUpload, help, logoMessage);
        section.setPadding(false);
        section.setSpacing(false);
        section.getStyle().set("gap", "var(--lumo-space-s)");
        return section;
    }

    /** Called in the UI once the bytes are in; the type is sniffed from the content, not trusted. */
    void logoReceived(String fileName, byte[] content) {
        LogoUpload upload = new LogoUpload(fileName, content);
        try {
            LogoPolicy.check(upload, "logo");
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
        logoMessage.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("settings.logo.upload.add"))
                .setMany(getTranslation("settings.logo.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("settings.logo.upload.drop"))
                .setMany(getTranslation("settings.logo.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("settings.logo.upload.too-many"))
                .setFileIsTooBig(getTranslation("validation.upload-too-large"))
                .setIncorrectFileType(getTranslation("validation.upload-not-image")));
        i18n.setFile(new UploadI18N.File()
                .setRemove(getTranslation("settings.logo.upload.remove"))
                .setRetry(getTranslation("settings.logo.upload.retry"))
                .setStart(getTranslation("settings.logo.upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("settings.logo.upload.connecting"))
                        .setStalled(getTranslation("settings.logo.upload.stalled"))
                        .setProcessing(getTranslation("settings.logo.upload.processing"))
                        .setHeld(getTranslation("settings.logo.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("settings.logo.upload.remaining"))
                        .setUnknown(getTranslation("settings.logo.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("settings.logo.upload.failed"))
                        .setUnexpectedServerError(getTranslation("settings.logo.upload.failed"))
                        .setForbidden(getTranslation("settings.logo.upload.failed"))
                        .setFileTooLarge(getTranslation("validation.upload-too-large"))));
        return i18n;
    }

    private void save() {
        try {
            String color = brandColor.getValue() == null ? null : brandColor.getValue().strip();
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
