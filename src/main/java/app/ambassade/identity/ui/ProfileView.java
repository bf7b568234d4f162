package app.ambassade.identity.ui;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.Profile;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in person's own profile: name, language (applied at once) and password. Reached from
 * the user menu, so it has no side-menu entry. One column, made for phones first.
 */
@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    ProfileView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("40rem");
        setAlignItems(Alignment.STRETCH);
        Profile profile = accounts.profile();
        add(detailsSection(profile), passwordSection());
    }

    private VerticalLayout detailsSection(Profile profile) {
        TextField name = Fields.name(this, "displayName");
        name.setValue(profile.displayName() == null ? "" : profile.displayName());
        TextField email = new TextField(getTranslation("account.field.email"));
        email.setId("email");
        email.setValue(profile.email());
        email.setReadOnly(true);
        email.setHelperText(getTranslation("account.profile.email-helper"));
        email.setWidthFull();
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("account.profile.language"));
        language.setId("language");
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(TranslationProvider.supported(profile.locale()));

        Button save = new Button(getTranslation("account.profile.save"), e -> {
            try {
                accounts.updateProfile(name.getValue(), language.getValue());
                FieldErrors.clear(Map.of("displayName", name));
                Locale chosen = TranslationProvider.supported(language.getValue());
                if (!chosen.equals(TranslationProvider.supported(getLocale()))) {
                    VaadinSession.getCurrent().setLocale(chosen);
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } else {
                    Notifications.success(this, "account.profile.saved");
                }
            } catch (InvalidInputException error) {
                FieldErrors.show(this, error, Map.of("displayName", name));
            }
        });
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout section = section("account.profile.details");
        section.add(name, email, language, save);
        return section;
    }

    private VerticalLayout passwordSection() {
        PasswordField current = Fields.currentPassword(this, "currentPassword", "account.field.current-password");
        PasswordField fresh = Fields.newPassword(this, "newPassword", "account.field.new-password");
        PasswordField confirmation =
                Fields.confirmation(this, "newPasswordConfirmation", "account.field.password-confirmation");
        Map<String, HasValidation> fields =
                Map.of("currentPassword", current, "newPassword", fresh, "newPasswordConfirmation", confirmation);
        Button change = new Button(getTranslation("account.profile.change-password"), e -> {
            try {
                accounts.changePassword(current.getValue(), fresh.getValue(), confirmation.getValue());
                FieldErrors.clear(fields);
                current.clear();
                fresh.clear();
                confirmation.clear();
                Notifications.success(this, "account.profile.password-changed");
            } catch (InvalidInputException error) {
                FieldErrors.show(this, error, fields);
            }
        });
        change.setId("change-password");
        VerticalLayout section = section("account.profile.password");
        section.add(current, fresh, confirmation, change);
        return section;
    }

    private VerticalLayout section(String titleKey) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)));
        section.setPadding(false);
        section.setAlignItems(Alignment.STRETCH);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.page-title");
    }
}
