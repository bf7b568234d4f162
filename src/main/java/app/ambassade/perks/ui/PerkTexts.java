package app.ambassade.perks.ui;

import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkStatus;
import com.vaadin.flow.component.Component;

/** Names of kinds and statuses in the reader's language. */
final class PerkTexts {

    private PerkTexts() {
    }

    static String kind(Component reader, PerkKind kind) {
        return reader.getTranslation(switch (kind) {
            case EARLY_ACCESS -> "perks.kind.early-access";
            case EVENT -> "perks.kind.event";
            case CONTENT -> "perks.kind.content";
            case CO_CREATION -> "perks.kind.co-creation";
        });
    }

    static String status(Component reader, PerkStatus status) {
        return reader.getTranslation(switch (status) {
            case DRAFT -> "perks.status.draft";
            case PUBLISHED -> "perks.status.published";
            case ARCHIVED -> "perks.status.archived";
        });
    }
}
