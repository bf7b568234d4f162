package app.ambassade.platform.ui;

import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks why a tenant is being suspended before doing it. The reason (3 to 500 characters) goes to
 * the platform audit log; a refused reason is explained at the field and the dialog stays open.
 */
class SuspendDialog extends Dialog {

    static final int MAX_REASON = 500;

    private final TextArea reason = new TextArea();

    SuspendDialog(TenantService tenants, TenantSummary tenant, Consumer<TenantSummary> onSuspended) {
        addClassName("suspend-dialog");
        setHeaderTitle(getTranslation("platform.suspend.title", tenant.name()));
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");

        reason.setLabel(getTranslation("platform.suspend.reason"));
        reason.setHelperText(getTranslation("platform.suspend.reason-help", 0, MAX_REASON));
        reason.setMaxLength(MAX_REASON);
        reason.setManualValidation(true);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> reason.setHelperText(
                getTranslation("platform.suspend.reason-help", e.getValue().length(), MAX_REASON)));
        add(new Paragraph(getTranslation("platform.suspend.explanation", tenant.name())), reason);

        Button cancel = new Button(getTranslation("platform.action.cancel"), e -> close());
        Button confirm = new Button(getTranslation("platform.suspend.confirm"), e -> {
            try {
                TenantSummary suspended = tenants.suspend(tenant.id(), reason.getValue());
                close();
                onSuspended.accept(suspended);
            } catch (InvalidInputException error) {
                FieldErrors.show(this, error, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
