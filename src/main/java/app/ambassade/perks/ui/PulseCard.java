package app.ambassade.perks.ui;

import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.PendingPulse;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;

/** "How was it?" after an event: one tap on 1 to 5 answers, then a thank-you takes the card's place. */
class PulseCard extends Div {

    final List<Button> scores = new ArrayList<>();

    PulseCard(PendingPulse pulse, MemberPerks perks) {
        addClassNames("card", "perk-pulse");
        getElement().setAttribute("data-pulse", String.valueOf(pulse.pulseId()));
        addClassNames(LumoUtility.Margin.Bottom.MEDIUM, "wrap-anywhere");
        Paragraph question = new Paragraph(getTranslation("perk-member.pulse.question", pulse.perkTitle()));
        question.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.FontWeight.SEMIBOLD);
        Div row = new Div();
        row.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.SMALL, "pulse-card-row");
        for (int score = 1; score <= 5; score++) {
            int value = score;
            Button button = new Button(String.valueOf(score), e -> answer(perks, pulse.pulseId(), value));
            button.setAriaLabel(getTranslation("perk-member.pulse.score", score));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.addClassName("pulse-score");
            button.addClassNames(LumoUtility.MinWidth.NONE, LumoUtility.Margin.NONE, "pulse-card-button");
            scores.add(button);
            row.add(button);
        }
        Div scale = new Div(
                new Span(getTranslation("perk-member.pulse.low")), new Span(getTranslation("perk-member.pulse.high")));
        scale.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.FontSize.XSMALL,
                LumoUtility.TextColor.SECONDARY);
        add(question, row, scale);
    }

    private void answer(MemberPerks perks, long pulseId, int score) {
        try {
            perks.answerPulse(pulseId, score);
            thank("perk-member.pulse.thanks");
        } catch (InvalidInputException e) {
            e.fieldErrors().values().stream().findFirst().ifPresent(key -> Notifications.error(this, key));
            thank("perk-member.pulse.closed");
        } catch (PerkNotFoundException e) {
            thank("perk-member.pulse.closed");
        }
    }

    private void thank(String key) {
        removeAll();
        scores.clear();
        Paragraph thanks = new Paragraph(getTranslation(key));
        thanks.addClassName("pulse-thanks");
        thanks.addClassName(LumoUtility.Margin.NONE);
        add(thanks);
    }
}
