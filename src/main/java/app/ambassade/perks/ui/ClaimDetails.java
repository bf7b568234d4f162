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
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * What a claim gives the member, shown on the card of "My perks" and on the perk's page: the waitlist
 * position, the link and code revealed after claiming (with a copy button), the calendar file of a
 * confirmed seat, and until when it may be cancelled.
 */
final class ClaimDetails {

    private ClaimDetails() {}

    static void addTo(Div target, PerkCard card, MemberPerks perks) {
        MyClaim claim = card.claim();
        if (!PerkTexts.active(claim)) {
            return;
        }
        target.addClassName("claim-details");
        target.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        if (claim.status() == ClaimStatus.WAITLISTED && claim.waitlistPosition() != null) {
            Span position = new Span(target.getTranslation("perk-member.waitlist.position", claim.waitlistPosition()));
            position.addClassName("perk-waitlist-position");
            target.add(position);
        }
        if (PerkTexts.webLink(claim.accessLink())) {
            Anchor link = new Anchor(
                    claim.accessLink(), target.getTranslation("perk-member.access.open-link"), AnchorTarget.BLANK);
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
            Anchor calendar = PerkDownloads.calendar(
                    () -> perks.calendar(id), card.perk().title(), target.getTranslation("perk-member.calendar.add"));
            calendar.addClassName("perk-calendar");
            var icon = VaadinIcon.CALENDAR.create();
            icon.setSize("var(--lumo-icon-size-s)");
            calendar.getElement().insertChild(0, icon.getElement());
            calendar.addClassNames(
                    LumoUtility.Display.INLINE_FLEX,
                    LumoUtility.Gap.SMALL,
                    LumoUtility.AlignItems.CENTER,
                    "claim-details-calendar");
            target.add(calendar);
        }
        if (claim.cancellable() && claim.cancelUntil() != null) {
            Span until = new Span(
                    target.getTranslation("perk-member.cancel.until", PerkTexts.dateTime(claim.cancelUntil())));
            until.addClassName("perk-cancel-until");
            until.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            target.add(until);
        }
    }

    /** A code in large type with a button that copies it. */
    private static Component code(Component view, String value) {
        Span label = new Span(view.getTranslation("perk-member.access.code"));
        Span code = new Span(value);
        code.addClassName("perk-code");
        code.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, "claim-details-code");
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
        row.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL);
        return row;
    }
}
