package app.ambassade.perks.ui;

import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.EventInfo;
import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.MyClaim;
import app.ambassade.perks.PerkCard;
import app.ambassade.perks.PerkContent;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.PerkView;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.text.MarkdownView;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One perk, where notifications lead: what it is, when and where, my claim, and what I can do now
 * (claim, join the waitlist, cancel until the cut-off, apply with a motivation, read the content).
 * A perk that does not exist for this person, or content they may not open, is "not found".
 */
@Route("perks/:id")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR})
class PerkDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MOTIVATION_MIN = 10;
    static final int MOTIVATION_MAX = 1000;

    private final MemberPerks perks;
    private PerkCard card;
    private PerkContent content;
    /** Set once the perk vanished and the member was sent back to the list. */
    private boolean left;

    final Div actions = new Div();
    final Button claim = new Button();
    final Button cancel = new Button();
    final TextArea motivation = new TextArea();
    final Button apply = new Button();

    PerkDetailView(MemberPerks perks) {
        this.perks = perks;
        addClassName("perk-detail-view");
        setMaxWidth("48rem");
        setPadding(true);
        claim.addClassName("perk-claim");
        cancel.addClassName("perk-cancel");
        apply.addClassName("perk-apply");
        motivation.addClassName("perk-motivation");
        claim.addClickListener(e -> claim());
        cancel.addClickListener(e -> confirmCancel());
        apply.addClickListener(e -> apply());
        motivation.setValueChangeMode(ValueChangeMode.EAGER);
        motivation.addValueChangeListener(e -> count());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.of(event, PerkNavigation.ID);
        if (id.isEmpty() || !load(id.get())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    /** Reads the perk, and for dedicated content what it gates: nothing to show means not found. */
    private boolean load(long id) {
        try {
            card = perks.find(id).orElse(null);
            if (card != null && card.perk().kind() == PerkKind.CONTENT) {
                content = perks.content(id).orElse(null);
                return content != null;
            }
            return card != null;
        } catch (PerkNotFoundException e) {
            return false;
        }
    }

    private void build() {
        removeAll();
        PerkView perk = card.perk();
        add(new RouterLink(getTranslation("perk-member.back"), MyPerksView.class));
        if (perk.hasImage()) {
            add(PerkDownloads.picture(
                    () -> perks.image(perk.id()), getTranslation("perk-member.card.picture", perk.title())));
        }
        Span kind = new Span(PerkTexts.kind(this, perk.kind()));
        kind.getElement().getThemeList().add("badge contrast");
        H2 title = new H2(perk.title());
        title.addClassName("perk-title");
        title.addClassNames(LumoUtility.Margin.NONE, "wrap-anywhere");
        Paragraph description = new Paragraph(perk.description());
        description.addClassName("perk-description");
        description.addClassNames(LumoUtility.Whitespace.PRE_LINE, "wrap-anywhere");
        add(kind, title, description);
        // the pulse notification leads here: the question is answered on this page, in one tap
        perks.pendingPulses().stream()
                .filter(p -> p.perkId() == perk.id())
                .findFirst()
                .ifPresent(p -> add(new PulseCard(p, perks)));
        if (perk.event() != null) {
            add(event(perk.event()));
        }
        String places = PerkTexts.places(this, perk);
        if (places != null && !PerkTexts.active(card.claim())) {
            add(PerkCardView.line(VaadinIcon.USERS, places, "perk-places"));
        }
        if (!PerkTexts.active(card.claim())) {
            card.eligibility()
                    .locks()
                    .forEach(l -> add(PerkCardView.line(VaadinIcon.LOCK, PerkTexts.lock(this, l), "perk-lock")));
        }
        if (PerkTexts.active(card.claim())) {
            add(myClaim(card.claim()));
        }
        if (content != null) {
            add(content(content));
        }
        actions();
        add(actions);
    }

    private Component event(EventInfo event) {
        Div block =
                new Div(PerkCardView.line(VaadinIcon.CALENDAR_CLOCK, PerkTexts.eventWhen(this, event), "perk-when"));
        block.addClassName("perk-event");
        if (event.place() != null && !event.place().isBlank()) {
            block.add(PerkCardView.line(VaadinIcon.MAP_MARKER, event.place(), "perk-place"));
        }
        if (event.onlineLink() != null) {
            boolean confirmed = card.claim() != null && card.claim().status() == ClaimStatus.CONFIRMED;
            if (confirmed && PerkTexts.webLink(event.onlineLink())) {
                Anchor link = new Anchor(
                        event.onlineLink(), getTranslation("perk-member.event.join-online"), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.addClassName("perk-online-link");
                block.add(link);
            } else {
                block.add(PerkCardView.line(
                        VaadinIcon.LAPTOP, getTranslation("perk-member.event.online-after-claim"), "perk-online"));
            }
        }
        return block;
    }

    private Component myClaim(MyClaim claim) {
        Div box = new Div();
        box.addClassNames("card", "perk-my-claim");
        box.setWidthFull();
        Span status = new Span(PerkTexts.status(this, card.perk().kind(), claim));
        status.addClassName("perk-status");
        status.getElement().getThemeList().add(PerkTexts.statusTheme(claim));
        box.add(new H3(getTranslation("perk-member.detail.my-claim")), status);
        Div details = new Div();
        ClaimDetails.addTo(details, card, perks);
        box.add(details);
        return box;
    }

    private Component content(PerkContent gated) {
        Div box = new Div();
        box.addClassName("perk-content");
        box.setWidthFull();
        box.addClassName("wrap-anywhere");
        if (gated.article() != null && !gated.article().isBlank()) {
            box.add(new MarkdownView(gated.article(), true));
        }
        if (PerkTexts.webLink(gated.videoLink())) {
            Anchor video =
                    new Anchor(gated.videoLink(), getTranslation("perk-member.content.video"), AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            video.addClassName("perk-video");
            box.add(new Div(video));
        }
        if (gated.fileName() != null) {
            long id = card.perk().id();
            Anchor file = PerkDownloads.file(
                    () -> perks.file(id), getTranslation("perk-member.content.download", gated.fileName()));
            file.addClassName("perk-file");
            box.add(new Div(file));
        }
        return box;
    }

    private void actions() {
        actions.removeAll();
        actions.setWidthFull();
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        MyClaim mine = card.claim();
        PerkView perk = card.perk();
        if (PerkTexts.active(mine)) {
            if (mine.cancellable()) {
                cancel.setText(getTranslation(
                        mine.status() == ClaimStatus.APPLIED
                                ? "perk-member.cancel.withdraw"
                                : mine.status() == ClaimStatus.WAITLISTED
                                        ? "perk-member.cancel.leave-waitlist"
                                        : "perk-member.cancel.action"));
                cancel.setWidthFull();
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(cancel);
            }
            return;
        }
        if (!card.eligibility().eligible()) {
            return;
        }
        switch (perk.kind()) {
            case CO_CREATION -> {
                motivation.setLabel(getTranslation("perk-member.apply.motivation"));
                motivation.setPlaceholder(getTranslation("perk-member.apply.placeholder"));
                motivation.setMaxLength(MOTIVATION_MAX);
                motivation.setMinRows(4);
                motivation.setWidthFull();
                count();
                apply.setText(getTranslation("perk-member.apply.action"));
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                apply.setWidthFull();
                actions.add(motivation, apply);
            }
            case EVENT, EARLY_ACCESS -> {
                Integer left = perk.placesLeft();
                boolean full = left != null && left == 0;
                claim.setText(getTranslation(
                        full && perk.waitlistEnabled()
                                ? "perk-member.claim.waitlist"
                                : full
                                        ? "perk-member.claim.full"
                                        : perk.kind() == PerkKind.EVENT
                                                ? "perk-member.claim.seat"
                                                : "perk-member.claim.access"));
                claim.setEnabled(!full || perk.waitlistEnabled());
                claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                claim.setWidthFull();
                actions.add(claim);
            }
            case CONTENT -> {}
        }
    }

    private void count() {
        int length = motivation.getValue().strip().length();
        motivation.setHelperText(getTranslation("perk-member.apply.counter", length, MOTIVATION_MIN, MOTIVATION_MAX));
    }

    private void claim() {
        attempt(() -> perks.claim(card.perk().id()), Map.of()).ifPresent(outcome -> {
            if (outcome.status() == ClaimStatus.WAITLISTED) {
                Notifications.success(
                        this,
                        "perk-member.claim.waitlisted",
                        outcome.waitlistPosition() == null ? 0 : outcome.waitlistPosition());
            } else {
                Notifications.success(this, "perk-member.claim.done");
            }
        });
        reload();
    }

    private void apply() {
        attempt(() -> perks.apply(card.perk().id(), motivation.getValue()), Map.of("motivation", motivation))
                .ifPresent(outcome -> {
                    Notifications.success(this, "perk-member.apply.done");
                    motivation.clear();
                    reload();
                });
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(
                getTranslation("perk-member.cancel.confirm-title", card.perk().title()));
        dialog.setText(getTranslation(
                card.claim().status() == ClaimStatus.CONFIRMED && card.perk().kind() == PerkKind.EVENT
                        ? "perk-member.cancel.confirm-seat"
                        : "perk-member.cancel.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("perk-member.cancel.keep"));
        dialog.setConfirmText(getTranslation("perk-member.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> cancel());
        dialog.open();
    }

    private void cancel() {
        attempt(
                        () -> {
                            perks.cancel(card.perk().id());
                            return true;
                        },
                        Map.of())
                .ifPresent(done -> Notifications.success(this, "perk-member.cancel.done"));
        reload();
    }

    /**
     * Runs a member's action: a refusal shows at its field (or as a message when it has none), a perk gone
     * meanwhile leads back to the list. Empty unless the action went through.
     */
    private <T> Optional<T> attempt(Supplier<T> action, Map<String, TextArea> fields) {
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        } catch (PerkNotFoundException e) {
            gone();
        }
        return Optional.empty();
    }

    private void reload() {
        if (left) {
            return;
        }
        if (!load(card.perk().id())) {
            gone();
            return;
        }
        build();
    }

    private void gone() {
        left = true;
        Notifications.error(this, "perk-member.error.gone");
        getUI().ifPresent(ui -> ui.navigate(MyPerksView.class));
    }

    @Override
    public String getPageTitle() {
        return card == null ? getTranslation("perk-member.title") : card.perk().title();
    }
}
