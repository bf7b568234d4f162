package app.ambassade.identity.ui;

import app.ambassade.identity.PersonRow;
import app.ambassade.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Consumer;

/** Picks a new role for a person; nothing changes until the manager confirms a different role. */
class ChangeRoleDialog extends Dialog {

    final Select<Role> role = new Select<>();
    final Button confirm = new Button();

    ChangeRoleDialog(PersonRow person, String label, Consumer<Role> onConfirm) {
        setHeaderTitle(getTranslation("people.change-role.title", label));
        setWidth("min(28rem, 100vw)");
        Paragraph help = new Paragraph(getTranslation("people.change-role.help"));
        help.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);

        role.setLabel(getTranslation("people.change-role.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setValue(person.role());
        role.setWidthFull();
        add(help, role);

        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        confirm.setText(getTranslation("people.change-role.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        role.addValueChangeListener(e -> confirm.setEnabled(e.getValue() != null && e.getValue() != person.role()));
        confirm.addClickListener(e -> {
            close();
            onConfirm.accept(role.getValue());
        });
        getFooter().add(cancel, confirm);
    }
}
