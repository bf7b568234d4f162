package app.ambassade.perks.ui;

import app.ambassade.perks.PerkView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;

/** Placeholder until the member card lands (replaced by the member screens' card). */
final class PerkCardView {

    private PerkCardView() {
    }

    static Component preview(PerkView view) {
        return new H3(view.title());
    }
}
