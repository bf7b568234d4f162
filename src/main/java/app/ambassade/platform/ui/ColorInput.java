package app.ambassade.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.Consumer;

/**
 * The browser's own colour picker ({@code <input type="color">}), kept in step with the
 * #RRGGBB text field next to it. Needs no frontend bundle: it is a plain HTML element.
 */
@Tag("input")
class ColorInput extends Component {

    ColorInput(String ariaLabel, Consumer<String> onPick) {
        getElement().setAttribute("type", "color");
        getElement().setAttribute("aria-label", ariaLabel);
        getElement().setAttribute("title", ariaLabel);
        getElement().getStyle()
                .set("width", "1.75em")
                .set("height", "1.5em")
                .set("padding", "0")
                .set("border", "none")
                .set("background", "transparent")
                .set("cursor", "pointer");
        getElement().addPropertyChangeListener("value", "change",
                e -> onPick.accept(getElement().getProperty("value", "")));
    }

    void setColor(String color) {
        getElement().setProperty("value", color);
    }

    String getColor() {
        return getElement().getProperty("value", "");
    }
}
