package app.ambassade.perks.ui;

import app.ambassade.perks.Eligibility;
import app.ambassade.perks.Lock;
import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.MyClaim;
import app.ambassade.perks.PerkCard;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkView;
import app.ambassade.perks.StoredFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;

/**
 * A perk as a member sees it in a list, phone first: picture, kind, title, the start of the description,
 * when (viewer's zone, and the event's own when it differs), places left, my claim or what unlocks it.
 * {@link #preview} shows it as an eligible member would before claiming, with nothing to press.
 */
class PerkCardView extends Div {

    static final int EXCERPT = 180;

    private final PerkView perk;
    /** Where the view adds what belongs to a claim (code, calendar) under the card. */
    final Div footer = new Div();

    final Button open = new Button();

    private PerkCardView(
            PerkView perk,
            Eligibility eligibility,
            MyClaim claim,
            SerializableSupplier<Optional<StoredFile>> picture,
            boolean preview) {
        this.perk = perk;
        addClassNames("card", "perk-card");
        getElement().setAttribute("data-perk", String.valueOf(perk.id()));
        addClassNames(
                "wrap-anywhere",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Bottom.MEDIUM);
        if (perk.hasImage() && picture != null) {
            add(PerkDownloads.picture(picture, getTranslation("perk-member.card.picture", perk.title())));
        }
        add(badges(claim, eligibility));
        boolean reachable =
                !preview && (eligibility.eligible() || PerkTexts.active(claim) || perk.kind() != PerkKind.CONTENT);
        H3 title = new H3();
        title.addClassName("perk-title");
        title.addClassName(LumoUtility.Margin.NONE);
        if (reachable) {
            title.add(new RouterLink(perk.title(), PerkDetailView.class, route()));
        } else {
            title.setText(perk.title() == null ? "" : perk.title());
        }
        add(title);
        if (perk.description() != null && !perk.description().isBlank()) {
            Paragraph description = new Paragraph(PerkTexts.excerpt(perk.description(), EXCERPT));
            description.addClassName(LumoUtility.Margin.NONE);
            add(description);
        }
        if (perk.event() != null
                && perk.event().startsAt() != null
                && perk.event().zone() != null) {
            add(line(VaadinIcon.CALENDAR_CLOCK, PerkTexts.eventWhen(this, perk.event()), "perk-when"));
        }
        String places = PerkTexts.places(this, perk);
        if (places != null && !PerkTexts.active(claim) && eligibility.eligible()) {
            add(line(VaadinIcon.USERS, places, "perk-places"));
        }
        List<Lock> locks = eligibility.locks();
        if (!locks.isEmpty() && !PerkTexts.active(claim)) {
            Div conditions = new Div();
            conditions.addClassName("perk-locks");
            locks.forEach(l -> conditions.add(line(VaadinIcon.LOCK, PerkTexts.lock(this, l), "perk-lock")));
            add(conditions);
        }
        add(footer);
        open.setText(getTranslation("perk-member.card.open"));
        open.addClassName("perk-open");
        open.setWidthFull();
        open.addThemeVariants(
                eligibility.eligible() && !PerkTexts.active(claim)
                        ? ButtonVariant.LUMO_PRIMARY
                        : ButtonVariant.LUMO_CONTRAST);
        open.setEnabled(reachable);
        open.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PerkDetailView.class, route())));
        if (reachable || preview) {
            add(open);
        }
    }

    static PerkCardView of(PerkCard card, MemberPerks perks) {
        long id = card.perk().id();
        return new PerkCardView(card.perk(), card.eligibility(), card.claim(), () -> perks.image(id), false);
    }

    /** The card as an eligible member sees it before claiming; no picture. */
    static PerkCardView preview(PerkView view) {
        return preview(view, null);
    }

    /** The card as an eligible member sees it before claiming, with the picture read from {@code picture}. */
    static PerkCardView preview(PerkView view, SerializableSupplier<Optional<StoredFile>> picture) {
        return new PerkCardView(view, new Eligibility(List.of(), null), null, picture, true);
    }

    long perkId() {
        return perk.id();
    }

    private Component badges(MyClaim claim, Eligibility eligibility) {
        Div badges = new Div();
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        if (perk.kind() != null) {
            Span kind = new Span(PerkTexts.kind(this, perk.kind()));
            kind.addClassName("perk-kind");
            kind.getElement().getThemeList().add("badge contrast");
            badges.add(kind);
        }
        if (PerkTexts.active(claim)) {
            Span status = new Span(PerkTexts.status(this, perk.kind(), claim));
            status.addClassName("perk-status");
            status.getElement().getThemeList().add(PerkTexts.statusTheme(claim));
            badges.add(status);
        } else if (!eligibility.eligible()) {
            Span locked = new Span(getTranslation("perk-member.card.locked"));
            locked.addClassName("perk-locked");
            locked.getElement().getThemeList().add("badge error");
            badges.add(locked);
        }
        return badges;
    }

    private RouteParameters route() {
        return PerkNavigation.id(perk.id());
    }

    static Div line(VaadinIcon icon, String text, String className) {
        var glyph = icon.create();
        glyph.setSize("var(--lumo-icon-size-s)");
        glyph.addClassNames(LumoUtility.Flex.NONE, "perk-card-glyph");
        Span label = new Span(text);
        Div line = new Div(glyph, label);
        line.addClassName(className);
        line.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.START,
                LumoUtility.TextColor.SECONDARY,
                LumoUtility.FontSize.SMALL);
        return line;
    }
}
