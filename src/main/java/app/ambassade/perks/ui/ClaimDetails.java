package app.ambassade.perks.ui;

import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.MyClaim;
import app.ambassade.perks.PerkCard;
import app.ambassade.perks.PerkKind;
import app.ambassade.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a claim gives the member, shown on the card of "My perks" and on the perk's page: the waitlist
 * position, the link and code revealed after claiming (with a copy button), the calendar file of a
 * confirmed seat, and until when it may be cancelled.
 */
final class ClaimDetails {

    private ClaimDetails() {
    }

    static void addTo(Div target, PerkCard card, MemberPerks perks) {
        MyClaim claim = card.claim();
        if (!PerkTexts.active(claim)) {
            return;
        }
        target.addClassName("claim-details");
        target.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        if (claim.status() == ClaimStatus.WAITLISTED && claim.waitlistPosition() != null) {
            Span position = new Span(target.getTranslation("perk-member.waitlist.position", claim.waitlistPosition()));
            position.addClassName("perk-waitlist-position");
            target.add(position);
        }
        if (PerkTexts.webLink(claim.accessLink())) {
            Anchor link = new Anchor(claim.accessLink(), target.getTranslation("perk-member.access.open-link"),
                    AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassName("perk-access-link");
            target.add(link);
        }
        if (claim.code() != null) {
            target.add(code(target, claim.code()));
        }
        if (claim.sharedCode() != null) {
            target.add(code(target, claim.sharedCode()));
        }
        if (card.perk().kind() == PerkKind.EVENT && claim.status() == ClaimStatus.CONFIRMED) {
            long id = card.perk().id();
            Anchor calendar = PerkDownloads.calendar(() -> perks.calendar(id), card.perk().title(),
                    target.getTranslation("perk-member.calendar.add"));
            calendar.addClassName("perk-calendar");
            var icon = VaadinIcon.CALENDAR.create();
            icon.setSize("var(--lumo-icon-size-s)");
            calendar.getElement().insertChild(0, icon.getElement());
            calendar.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "center").set("min-height", "44px");
            target.add(calendar);
        }
        if (claim.cancellable() && claim.cancelUntil() != null) {
            Span until = new Span(target.getTranslation("perk-member.cancel.until",
                    PerkTexts.dateTime(claim.cancelUntil())));
            until.addClassName("perk-cancel-until");
            until.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            target.add(until);
        }
    }

    /** A code in large type with a button that copies it. */
    private static Component code(Component view, String value) {
        Span label = new Span(view.getTranslation("perk-member.access.code"));
        Span code = new Span(value);
        code.addClassName("perk-code");
        code.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600").set("user-select", "all");
        Button copy = new Button(VaadinIcon.COPY_O.create());
        copy.addClassName("perk-copy");
        copy.setAriaLabel(view.getTranslation("perk-member.access.copy"));
        copy.setTooltipText(view.getTranslation("perk-member.access.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(e -> {
            copy.getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", value);
            Notifications.success(view, "perk-member.access.copied");
        });
        Div row = new Div(label, code, copy);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        return row;
    }
}
