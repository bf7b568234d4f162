package app.ambassade.identity.ui;

import app.ambassade.identity.InvitationService;
import app.ambassade.identity.PersonRow;
import app.ambassade.identity.Role;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.function.Consumer;

/** Invites one person by e-mail with a role; refusals are shown at the field and the typed address stays. */
class InviteDialog extends Dialog {

    final TextField email = new TextField();
    final Select<Role> role = new Select<>();
    final Button send = new Button();

    InviteDialog(InvitationService invitations, Consumer<PersonRow> onInvited) {
        setHeaderTitle(getTranslation("people.invite.title"));
        setWidth("min(32rem, 100vw)");
        Paragraph help = new Paragraph(getTranslation("people.invite.help"));
        help.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);

        email.setLabel(getTranslation("people.invite.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();

        role.setLabel(getTranslation("people.invite.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setValue(Role.MEMBER);
        role.setWidthFull();

        FormLayout form = new FormLayout(email, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(help, form);

        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        send.setText(getTranslation("people.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                PersonRow invited = invitations.invite(email.getValue(), role.getValue());
                close();
                onInvited.accept(invited);
            } catch (InvalidInputException error) {
                FieldErrors.show(this, error, Map.of("email", email, "role", role));
            }
        });
        getFooter().add(cancel, send);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                email.focus();
            }
        });
    }
}
