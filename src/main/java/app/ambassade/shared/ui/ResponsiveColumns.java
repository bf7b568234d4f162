package app.ambassade.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.List;

/**
 * Switches a grid between its wide columns and one summary column (for phones) as the browser
 * window crosses {@link #NARROW} pixels: on attach it reads the window width, then follows resizes
 * until the owner is detached.
 */
public final class ResponsiveColumns<T> implements Serializable {

    /** Below this window width (px) only the summary column shows. */
    public static final int NARROW = 720;

    private final Grid.Column<T> summary;
    private final List<Grid.Column<T>> wide;
    private Registration resize;

    private ResponsiveColumns(Grid.Column<T> summary, List<Grid.Column<T>> wide) {
        this.summary = summary;
        this.wide = List.copyOf(wide);
    }

    /** Shows the wide columns until the window is known to be narrow. */
    public static <T> ResponsiveColumns<T> install(Component owner, Grid.Column<T> summary, List<Grid.Column<T>> wide) {
        ResponsiveColumns<T> columns = new ResponsiveColumns<>(summary, wide);
        summary.setVisible(false);
        owner.addAttachListener(e -> {
            var page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> columns.adaptTo(d.getWindowInnerWidth()));
            columns.stopFollowing();
            columns.resize = page.addBrowserWindowResizeListener(r -> columns.adaptTo(r.getWidth()));
        });
        owner.addDetachListener(e -> columns.stopFollowing());
        return columns;
    }

    /** Shows the columns that fit a window of this width (ignored while the width is unknown). */
    void adaptTo(int width) {
        if (width <= 0) {
            return;
        }
        boolean narrow = width < NARROW;
        wide.forEach(c -> c.setVisible(!narrow));
        summary.setVisible(narrow);
    }

    private void stopFollowing() {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }
}
