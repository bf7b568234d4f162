package app.ambassade.identity.ui;

import app.ambassade.shared.i18n.TranslationProvider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** FR / EN switch of the public pages: the current language as text, the other as a button. */
class LanguageSwitch extends HorizontalLayout {

    LanguageSwitch() {
        setAlignItems(Alignment.BASELINE);
        addClassName("language-switch");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        for (Locale locale : TranslationProvider.LOCALES) {
            String label = getTranslation("language." + locale.getLanguage());
            if (TranslationProvider.supported(getLocale()).equals(locale)) {
                Span current = new Span(label);
                current.addClassName("current-language");
                current.getElement().setAttribute("aria-current", "true");
                add(current);
                continue;
            }
            Button button = new Button(label, e -> {
                LocaleInitializer.choose(VaadinSession.getCurrent(), locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", locale.getLanguage());
            add(button);
        }
    }
}
