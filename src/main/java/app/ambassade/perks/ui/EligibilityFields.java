package app.ambassade.perks.ui;

import app.ambassade.community.CommunitySummary;
import app.ambassade.engagement.Tier;
import app.ambassade.perks.PerkRules;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may claim: minimum tier, ambassadors only, communities, and early booking hours per tier. */
class EligibilityFields extends VerticalLayout {

    final Select<Integer> minTier = new Select<>();
    final Checkbox ambassadorsOnly = new Checkbox();
    final MultiSelectComboBox<CommunitySummary> communities = new MultiSelectComboBox<>();
    final Map<Integer, IntegerField> earlyHours = new LinkedHashMap<>();
    private final List<CommunitySummary> allCommunities;

    EligibilityFields(List<Tier> tiers, List<CommunitySummary> allCommunities) {
        this.allCommunities = allCommunities;
        setPadding(false);
        setSpacing(false);
        Map<Integer, String> tierNames = tiers.stream().collect(Collectors.toMap(Tier::rank, Tier::name));
        minTier.setLabel(getTranslation("perks.field.min-tier"));
        minTier.setEmptySelectionAllowed(true);
        minTier.setEmptySelectionCaption(getTranslation("perks.field.min-tier.anyone"));
        minTier.setItems(tiers.stream().map(Tier::rank).toList());
        minTier.setItemLabelGenerator(rank -> rank == null
                ? getTranslation("perks.field.min-tier.anyone")
                : tierNames.getOrDefault(rank, String.valueOf(rank)));
        ambassadorsOnly.setLabel(getTranslation("perks.field.ambassadors-only"));
        communities.setLabel(getTranslation("perks.field.communities"));
        communities.setHelperText(getTranslation("perks.field.communities.help"));
        communities.setItems(allCommunities);
        communities.setItemLabelGenerator(CommunitySummary::name);
        communities.setWidthFull();
        add(
                new H3(getTranslation("perks.editor.eligibility")),
                minTier,
                ambassadorsOnly,
                communities,
                new Paragraph(getTranslation("perks.field.early.help")));
        for (Tier tier : tiers) {
            IntegerField hours = new IntegerField(getTranslation("perks.field.early", tier.name()));
            hours.setMin(0);
            hours.setMax(24 * 30);
            hours.setStepButtonsVisible(true);
            hours.addClassName("early-hours");
            earlyHours.put(tier.rank(), hours);
            add(hours);
        }
    }

    PerkRules value() {
        Map<Integer, Integer> early = new LinkedHashMap<>();
        earlyHours.forEach((rank, field) -> {
            if (field.getValue() != null) {
                early.put(rank, field.getValue());
            }
        });
        Set<Long> ids =
                communities.getValue().stream().map(CommunitySummary::id).collect(Collectors.toSet());
        return new PerkRules(minTier.getValue(), ambassadorsOnly.getValue(), ids, early);
    }

    void setValue(PerkRules rules) {
        minTier.setValue(rules.minTierRank());
        ambassadorsOnly.setValue(rules.ambassadorsOnly());
        communities.setValue(allCommunities.stream()
                .filter(c -> rules.communityIds().contains(c.id()))
                .collect(Collectors.toSet()));
        earlyHours.forEach(
                (rank, field) -> field.setValue(rules.earlyHoursByTierRank().get(rank)));
    }

    void fields(Map<String, HasValidation> into) {
        into.put("minTierRank", minTier);
        into.put("communities", communities);
        earlyHours.forEach((rank, field) -> into.put("early." + rank, field));
    }

    void onChange(Runnable listener) {
        minTier.addValueChangeListener(e -> listener.run());
        ambassadorsOnly.addValueChangeListener(e -> listener.run());
        communities.addValueChangeListener(e -> listener.run());
        earlyHours.values().forEach(f -> f.addValueChangeListener(e -> listener.run()));
    }
}
