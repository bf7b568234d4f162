package app.ambassade.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The branded error pages of the portal: a title, what happened and what to do, never an exception text. */
final class ErrorPages {

    private ErrorPages() {}

    static void notFound(VerticalLayout page) {
        page.removeAll();
        page.add(
                new H2(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.text")),
                home(page));
    }

    static void unavailable(VerticalLayout page) {
        page.removeAll();
        page.add(
                new H2(page.getTranslation("error.unavailable.title")),
                new Paragraph(page.getTranslation("error.unavailable.text")),
                home(page));
    }

    static void unexpected(VerticalLayout page) {
        page.removeAll();
        page.add(
                new H2(page.getTranslation("error.unexpected.title")),
                new Paragraph(page.getTranslation("error.unexpected")),
                home(page));
    }

    private static Component home(VerticalLayout page) {
        return new Anchor("", page.getTranslation("error.back-home"));
    }
}
