package app.ambassade.perks.ui;

import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.PerkCard;
import app.ambassade.perks.PerkKind;
import app.ambassade.shared.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "My perks", phone first: pulses waiting for an answer, my claims, then the perks open to me, then the
 * locked ones with the exact condition that unlocks each. A filter by kind applies to all three lists.
 */
@Route("perks")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR})
@Menu(title = "perk-member.menu", order = 25, icon = "vaadin:gift")
class MyPerksView extends VerticalLayout implements HasDynamicTitle {

    private final MemberPerks perks;
    /** The filter, as chips that wrap on a phone: one pressed at a time, "all" first. */
    final Div filter = new Div();

    final Map<Button, PerkKind> kinds = new LinkedHashMap<>();
    private Button selected;
    final Div pulses = new Div();
    final Div claims = new Div();
    final Div eligible = new Div();
    final Div locked = new Div();

    MyPerksView(MemberPerks perks) {
        this.perks = perks;
        addClassName("my-perks-view");
        setMaxWidth("48rem");
        setPadding(true);
        filter.addClassName("perk-filter");
        filter.getElement().setAttribute("role", "group");
        filter.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        filter.setWidthFull();
        chip("perk-member.filter.all", null);
        chip("perk-member.filter.early-access", PerkKind.EARLY_ACCESS);
        chip("perk-member.filter.events", PerkKind.EVENT);
        chip("perk-member.filter.content", PerkKind.CONTENT);
        chip("perk-member.filter.co-creation", PerkKind.CO_CREATION);
        press(kinds.keySet().iterator().next());
        pulses.addClassName("perk-pulses");
        claims.setId("perk-claims");
        eligible.setId("perk-eligible");
        locked.setId("perk-locked");
        for (Div list : List.of(pulses, claims, eligible, locked)) {
            list.setWidthFull();
        }
        add(
                new H2(getTranslation("perk-member.title")),
                filter,
                pulses,
                new H3(getTranslation("perk-member.claims.title")),
                claims,
                new H3(getTranslation("perk-member.eligible.title")),
                eligible,
                new H3(getTranslation("perk-member.locked.title")),
                locked);
        refresh();
    }

    private void chip(String key, PerkKind kind) {
        Button chip = new Button(getTranslation(key));
        chip.addClassName("perk-filter-chip");
        chip.addClassNames(LumoUtility.Margin.NONE, "my-perks-chip");
        chip.addClickListener(e -> {
            press(chip);
            refresh();
        });
        kinds.put(chip, kind);
        filter.add(chip);
    }

    private void press(Button chip) {
        selected = chip;
        kinds.keySet().forEach(c -> {
            boolean on = c == chip;
            c.getElement().setAttribute("aria-pressed", String.valueOf(on));
            c.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
            c.addThemeVariants(on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        });
    }

    PerkKind kind() {
        return kinds.get(selected);
    }

    void refresh() {
        PerkKind kind = kind();
        pulses.removeAll();
        perks.pendingPulses().forEach(p -> pulses.add(new PulseCard(p, perks)));
        List<PerkCard> mine = perks.mine().stream()
                .filter(c ->
                        PerkTexts.active(c.claim()) && (kind == null || c.perk().kind() == kind))
                .toList();
        Set<Long> claimed = mine.stream().map(c -> c.perk().id()).collect(Collectors.toSet());
        List<PerkCard> open = new ArrayList<>();
        List<PerkCard> closed = new ArrayList<>();
        for (PerkCard card : perks.browse(kind)) {
            if (!claimed.contains(card.perk().id())) {
                (card.eligibility().eligible() ? open : closed).add(card);
            }
        }
        fill(claims, mine.stream().map(this::claimCard).toList(), "perk-member.claims.empty");
        fill(
                eligible,
                open.stream().map(c -> (Component) PerkCardView.of(c, perks)).toList(),
                closed.isEmpty() && mine.isEmpty() ? "perk-member.eligible.none-at-all" : "perk-member.eligible.empty");
        fill(
                locked,
                closed.stream().map(c -> (Component) PerkCardView.of(c, perks)).toList(),
                "perk-member.locked.empty");
    }

    private Component claimCard(PerkCard card) {
        PerkCardView view = PerkCardView.of(card, perks);
        ClaimDetails.addTo(view.footer, card, perks);
        return view;
    }

    private void fill(Div list, List<Component> cards, String emptyKey) {
        list.removeAll();
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("empty-state");
            empty.addClassName("my-perks-empty");
            list.add(empty);
        }
        cards.forEach(list::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("perk-member.title");
    }
}
