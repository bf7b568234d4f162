package app.ambassade.shared.ui;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A #RRGGBB text field with a live swatch in front and the browser's own colour picker
 * ({@code <input type="color">}, no frontend bundle needed) behind, the three kept in step.
 * Validation stays with the service: the field only shows what is typed.
 */
public class ColorField extends TextField {

    public static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private final Span swatch = swatch(null);
    private final Input picker = new Input(ValueChangeMode.ON_CHANGE);

    public ColorField(String label, String pickerLabel) {
        setLabel(label);
        setMaxLength(7);
        setManualValidation(true);
        setValueChangeMode(ValueChangeMode.EAGER);
        setPrefixComponent(swatch);
        setSuffixComponent(picker);

        picker.setType("color");
        picker.getElement().setAttribute("aria-label", pickerLabel);
        picker.getElement().setAttribute("title", pickerLabel);
        picker.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Border.NONE, "color-field-picker");
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && isColor(e.getValue())) {
                setValue(e.getValue().toLowerCase(Locale.ROOT));
                setInvalid(false);
            }
        });
        addValueChangeListener(e -> show(e.getValue()));
    }

    /** True for a #RRGGBB value (surrounding spaces allowed). */
    public static boolean isColor(String value) {
        return value != null && COLOR.matcher(value.strip()).matches();
    }

    /** A small square of the given colour; only a checked #RRGGBB value ever reaches the style. */
    public static Span swatch(String color) {
        Span swatch = new Span();
        swatch.addClassName("color-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        swatch.addClassNames(
                LumoUtility.Display.INLINE_BLOCK,
                LumoUtility.Flex.NONE,
                LumoUtility.BorderRadius.SMALL,
                "color-field-swatch");
        paint(swatch, color);
        return swatch;
    }

    public static void paint(Span swatch, String color) {
        if (isColor(color)) {
            swatch.getStyle().set("background", color.strip().toLowerCase(Locale.ROOT));
        } else {
            // No valid colour yet: a striped square says "nothing to show" without guessing.
            swatch.getStyle()
                    .set(
                            "background",
                            "repeating-linear-gradient(45deg, var(--lumo-contrast-10pct) 0 4px, transparent 4px 8px)");
        }
    }

    private void show(String value) {
        paint(swatch, value);
        if (isColor(value)) {
            picker.setValue(value.strip().toLowerCase(Locale.ROOT));
        }
    }
}
