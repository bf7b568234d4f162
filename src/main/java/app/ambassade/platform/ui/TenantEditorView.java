package app.ambassade.platform.ui;

import app.ambassade.identity.InvitationService;
import app.ambassade.identity.PersonRow;
import app.ambassade.mail.ui.MailNavigation;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ColorField;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import app.ambassade.tenancy.TenantBranding;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/**
 * Creates a tenant ({@code tenants/new}) or edits one ({@code tenants/42}): name, address (fixed
 * once created), default language, brand colour and logo; then its status (suspend with a reason,
 * reactivate) and the invitation of its first brand manager. Rules live in the services; their
 * refusals are shown at the fields and nothing typed is lost.
 */
@Route("tenants/:" + TenantEditorView.PARAMETER)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "tenantId";
    static final String NEW = "new";
    static final String DEFAULT_COLOR = "#3b5bdb";

    private final TenantService tenants;
    private final InvitationService invitations;
    private final TenantHosts hosts;
    private final LogoPolicy logoPolicy;
    private final boolean outbox;

    private final TextField name = new TextField();
    private final TextField slug = new TextField();
    private final Select<Locale> language = new Select<>();
    private final ColorField color;
    private final LogoField logo;
    private final EmailField managerEmail = new EmailField();
    private final Div statusSection = new Div();
    private final Paragraph inviteResult = new Paragraph();
    private final H2 title = new H2();
    private final HorizontalLayout header = new HorizontalLayout();

    /** The tenant being edited; empty while creating. */
    private TenantSummary tenant;
    /** A logo chosen while creating: checked at once, stored right after the tenant is created. */
    private LogoUpload pendingLogo;

    TenantEditorView(
            TenantService tenants,
            InvitationService invitations,
            TenantHosts hosts,
            LogoPolicy logoPolicy,
            @Value("${ambassade.mail.outbox:false}") boolean outbox) {
        this.logoPolicy = logoPolicy;
        this.tenants = tenants;
        this.invitations = invitations;
        this.hosts = hosts;
        this.outbox = outbox;
        this.color =
                new ColorField(getTranslation("platform.tenant.color"), getTranslation("platform.tenant.color-picker"));
        this.logo = new LogoField(logoPolicy.maxBytes(), this::logoUploaded);
        addClassName("tenant-editor");
        setMaxWidth("56rem");
        configureFields();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("");
        if (NEW.equals(parameter)) {
            tenant = null;
            build();
            return;
        }
        Optional<TenantSummary> found = RouteIds.parse(parameter).flatMap(tenants::findById);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        tenant = found.get();
        build();
    }

    private void configureFields() {
        name.setLabel(getTranslation("platform.tenant.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);

        slug.setLabel(getTranslation("platform.tenant.slug"));
        slug.setMaxLength(63);
        slug.setRequiredIndicatorVisible(true);
        slug.setManualValidation(true);
        slug.setPlaceholder(getTranslation("platform.tenant.slug-placeholder"));
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.addValueChangeListener(e -> showAddress());

        language.setLabel(getTranslation("platform.tenant.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setRequiredIndicatorVisible(true);

        color.setRequiredIndicatorVisible(true);
        color.setPlaceholder("#b5476b");
        color.setHelperText(getTranslation("platform.tenant.color-help"));

        managerEmail.setLabel(getTranslation("platform.invite.email"));
        managerEmail.setManualValidation(true);
        managerEmail.setMaxLength(254);
        managerEmail.setClearButtonVisible(true);
        inviteResult.addClassName("invite-result");
        inviteResult.setVisible(false);
    }

    private void build() {
        removeAll();
        clearErrors();
        pendingLogo = null;
        logo.clearFiles();
        logo.showStatus("");
        inviteResult.setVisible(false);
        managerEmail.clear();

        RouterLink back = new RouterLink(getTranslation("platform.tenants.back"), TenantsView.class);
        back.addClassName("back-link");
        header.removeAll();
        header.add(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        if (tenant == null) {
            title.setText(getTranslation("platform.editor.new-title"));
            name.clear();
            slug.clear();
            slug.setReadOnly(false);
            language.setValue(TranslationProvider.FRENCH);
            color.setValue(DEFAULT_COLOR);
            logo.showStored(null, 0, "");
            showAddress();
            add(back, header, form(), actions());
        } else {
            title.setText(tenant.name());
            header.add(TenantDisplay.statusBadge(this, tenant.status()), portalLink());
            fill(tenant);
            add(back, header, form(), actions(), statusSection, inviteSection());
            showStatus();
        }
    }

    private void fill(TenantSummary t) {
        name.setValue(t.name());
        slug.setValue(t.slug());
        slug.setReadOnly(true);
        language.setValue(TranslationProvider.supported(t.defaultLocale()));
        color.setValue(t.brandColor());
        logo.showStored(t.slug(), t.logoVersion(), getTranslation("platform.tenant.logo-alt", t.name()));
        showAddress();
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(name, slug, language, color, logo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(logo, 2);
        return form;
    }

    private HorizontalLayout actions() {
        Button save = new Button(
                getTranslation(tenant == null ? "platform.editor.create" : "platform.editor.save"), e -> save());
        save.addClassName("save-tenant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel =
                new Button(getTranslation("platform.action.cancel"), e -> PlatformNavigation.navigateToTenants());
        return new HorizontalLayout(save, cancel);
    }

    private void save() {
        TenantBranding branding = new TenantBranding(
                name.getValue(), language.getValue(), color.getValue().strip());
        try {
            if (tenant == null) {
                TenantSummary created = tenants.create(slug.getValue(), branding);
                if (pendingLogo != null) {
                    tenants.replaceLogo(created.id(), pendingLogo);
                }
                Notifications.success(this, "platform.editor.created", created.name());
                PlatformNavigation.navigateToTenant(created.id());
            } else {
                tenant = tenants.rebrand(tenant.id(), branding);
                clearErrors();
                title.setText(tenant.name());
                Notifications.success(this, "platform.editor.saved", tenant.name());
            }
        } catch (InvalidInputException error) {
            FieldErrors.show(this, error, fields());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "slug", slug, "defaultLocale", language, "brandColor", color, "logo", logo);
    }

    private void clearErrors() {
        FieldErrors.clear(fields());
        FieldErrors.clear(Map.of("email", managerEmail));
    }

    private void showAddress() {
        String typed = slug.getValue().strip().toLowerCase(Locale.ROOT);
        String address = hosts.tenantUrl(typed.isEmpty() ? getTranslation("platform.tenant.slug-placeholder") : typed);
        slug.setHelperText(
                getTranslation(tenant == null ? "platform.tenant.address-future" : "platform.tenant.address", address));
    }

    private void logoUploaded(LogoUpload upload) {
        logo.setInvalid(false);
        try {
            if (tenant == null) {
                logoPolicy.check(upload, "logo");
                pendingLogo = upload;
                logo.showStatus(getTranslation("platform.tenant.logo-pending", upload.fileName()));
            } else {
                tenant = tenants.replaceLogo(tenant.id(), upload);
                logo.showStored(
                        tenant.slug(), tenant.logoVersion(), getTranslation("platform.tenant.logo-alt", tenant.name()));
                logo.showStatus(getTranslation("platform.tenant.logo-replaced"));
                Notifications.success(this, "platform.tenant.logo-replaced");
            }
        } catch (InvalidInputException error) {
            pendingLogo = null;
            logo.showStatus("");
            logo.clearFiles();
            FieldErrors.show(this, error, Map.of("logo", logo));
        }
    }

    private void showStatus() {
        statusSection.removeAll();
        statusSection.addClassName("tenant-status-section");
        H3 heading = new H3(getTranslation("platform.status.heading"));
        HorizontalLayout line = new HorizontalLayout(
                TenantDisplay.statusBadge(this, tenant.status()),
                new Span(getTranslation(
                        "platform.status.since-created",
                        Formats.date(tenant.createdAt(), getLocale(), ViewerZone.current()))));
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        statusSection.add(heading, line);
        if (tenant.active()) {
            statusSection.add(new Paragraph(getTranslation("platform.status.active-text")));
            Button suspend = new Button(
                    getTranslation("platform.suspend.button"),
                    VaadinIcon.BAN.create(),
                    e -> new SuspendDialog(tenants, tenant, this::statusChanged).open());
            suspend.addClassName("suspend-tenant");
            suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
            statusSection.add(suspend);
        } else {
            Paragraph reason = new Paragraph(getTranslation(
                    "platform.status.suspended-reason",
                    tenant.suspensionReason() == null ? "" : tenant.suspensionReason()));
            reason.addClassName("suspension-reason");
            statusSection.add(new Paragraph(getTranslation("platform.status.suspended-text")), reason);
            Button reactivate = new Button(
                    getTranslation("platform.reactivate.button"),
                    VaadinIcon.PLAY.create(),
                    e -> statusChanged(tenants.reactivate(tenant.id())));
            reactivate.addClassName("reactivate-tenant");
            reactivate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            statusSection.add(reactivate);
        }
    }

    private void statusChanged(TenantSummary changed) {
        tenant = changed;
        Notifications.success(
                this, changed.active() ? "platform.reactivate.done" : "platform.suspend.done", changed.name());
        // Only the header and the status section change; the form keeps what is typed in it.
        header.removeAll();
        header.add(title, TenantDisplay.statusBadge(this, changed.status()), portalLink());
        showStatus();
    }

    private VerticalLayout inviteSection() {
        Button invite =
                new Button(getTranslation("platform.invite.button"), VaadinIcon.ENVELOPE_O.create(), e -> invite());
        invite.addClassName("invite-manager");
        HorizontalLayout row = new HorizontalLayout(managerEmail, invite);
        invite.addClickShortcut(Key.ENTER).listenOn(managerEmail);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        managerEmail.setWidth("min(24rem, 100%)");
        VerticalLayout section = new VerticalLayout(
                new H3(getTranslation("platform.invite.heading")),
                new Paragraph(getTranslation("platform.invite.text", tenant.name())),
                row,
                inviteResult);
        section.addClassName("invite-section");
        section.setPadding(false);
        return section;
    }

    private void invite() {
        try {
            PersonRow invited = invitations.inviteFirstManager(tenant.id(), managerEmail.getValue());
            FieldErrors.clear(Map.of("email", managerEmail));
            inviteResult.removeAll();
            inviteResult.add(new Span(getTranslation("platform.invite.sent", invited.email(), tenant.name())));
            if (outbox) {
                inviteResult.add(
                        new Span(" "),
                        new Anchor(MailNavigation.outbox(), getTranslation("platform.invite.see-outbox")));
            }
            inviteResult.setVisible(true);
            managerEmail.clear();
        } catch (InvalidInputException error) {
            inviteResult.setVisible(false);
            FieldErrors.show(this, error, Map.of("email", managerEmail));
        }
    }

    @Override
    public String getPageTitle() {
        return tenant == null
                ? getTranslation("platform.editor.new-title")
                : getTranslation("platform.editor.title", tenant.name());
    }

    /** Where the tenant's people log in. */
    private Anchor portalLink() {
        String url = hosts.tenantUrl(tenant.slug());
        Anchor link = new Anchor(url, url, AnchorTarget.BLANK);
        link.addClassName("portal-link");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
