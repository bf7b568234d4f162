package app.ambassade.engagement.ui;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementStatus;
import app.ambassade.engagement.Tier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Words and small blocks shared by the engagement views and the home card. */
final class EngagementTexts {

    private EngagementTexts() {}

    /** What a ledger line is for, in words. */
    static String actionKey(EngagementAction action) {
        return switch (action) {
            case JOINED_COMMUNITY -> "engagement.action.joined-community";
            case POSTED -> "engagement.action.posted";
            case RECEIVED_REACTION -> "engagement.action.received-reaction";
            case ATTENDED_EVENT -> "engagement.action.attended-event";
            case REVIEW_APPROVED -> "engagement.action.review-approved";
            case ANSWERED_SURVEY -> "engagement.action.answered-survey";
            case CLAIMED_PERK -> "engagement.action.claimed-perk";
        };
    }

    static String tierName(Component c, EngagementStatus status) {
        return status.current().map(Tier::name).orElseGet(() -> c.getTranslation("engagement.no-tier"));
    }

    /** The progress bar and the sentence under it: points to go, or the top reached. */
    static Div progress(Component c, EngagementStatus status) {
        ProgressBar bar = new ProgressBar(0, 1, status.progress());
        bar.setId("engagement-progress");
        bar.setWidthFull();
        bar.getElement().setAttribute("aria-label", c.getTranslation("engagement.progress.label"));
        Span next = new Span(status.next()
                .map(t -> c.getTranslation("engagement.progress.to-go", status.pointsToNext(), t.name()))
                .orElseGet(() -> c.getTranslation("engagement.progress.top")));
        next.setId("engagement-to-go");
        next.addClassName(LumoUtility.TextColor.SECONDARY);
        Div block = new Div(bar, next);
        block.setWidthFull();
        return block;
    }
}
