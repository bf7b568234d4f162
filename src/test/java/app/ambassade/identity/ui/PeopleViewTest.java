package app.ambassade.identity.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.InvitationService;
import app.ambassade.identity.PersonRow;
import app.ambassade.identity.Role;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    TenantSummary a;
    AuthenticatedUser manager;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        manager = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        data.person(a, Role.MEMBER, "mia@alpha.example");
        data.person(a, Role.AMBASSADOR, "ambre@alpha.example");
        TenantSummary b = data.tenant("beta");
        data.person(b, Role.BRAND_MANAGER, "boss@beta.example");
        data.person(b, Role.MEMBER, "mia@beta.example");
        signIn(manager);
    }

    private PeopleView open() {
        UI.getCurrent().navigate("people");
        return _get(PeopleView.class);
    }

    @Test
    void theGridListsOnlyThePeopleOfTheManagersOwnBrand() {
        PeopleView view = open();

        assertThat(emails(view))
                .containsExactlyInAnyOrder("boss@alpha.example", "mia@alpha.example", "ambre@alpha.example");
    }

    @Test
    void theFiltersNarrowTheListByRoleStatusAndText() {
        TestData.signIn(manager);
        invitations.invite("ines@alpha.example", Role.MEMBER);
        PeopleView view = open();

        _setValue(view.roleFilter, Role.AMBASSADOR);
        assertThat(emails(view)).containsExactly("ambre@alpha.example");

        _setValue(view.roleFilter, null);
        _setValue(view.statusFilter, AccountStatus.INVITED);
        assertThat(emails(view)).containsExactly("ines@alpha.example");

        _setValue(view.statusFilter, null);
        _setValue(view.search, "MIA@");
        assertThat(emails(view)).containsExactly("mia@alpha.example");

        // Names are searched too: every test person is called "Test <ROLE>".
        _setValue(view.search, "test ambassador");
        assertThat(emails(view)).containsExactly("ambre@alpha.example");
    }

    @Test
    void aFilterThatMatchesNobodyShowsWhatToDoNext() {
        PeopleView view = open();

        _setValue(view.search, "nobody-by-that-name");

        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateComponent().getElement().getTextRecursively())
                .contains("Nobody matches these filters")
                .contains("Invite");
    }

    @Test
    void theGridSortsInTheDatabase() {
        PeopleView view = open();

        _sortByKey(view.grid, "email", SortDirection.ASCENDING);
        assertThat(emails(view)).containsExactly("ambre@alpha.example", "boss@alpha.example", "mia@alpha.example");

        _sortByKey(view.grid, "email", SortDirection.DESCENDING);
        assertThat(emails(view)).containsExactly("mia@alpha.example", "boss@alpha.example", "ambre@alpha.example");
    }

    @Test
    void theManagersOwnRowOffersNoAction() {
        PeopleView view = open();

        Component own = _getCellComponent(view.grid, rowOf(view, "boss@alpha.example"), "actions");
        Component other = _getCellComponent(view.grid, rowOf(view, "mia@alpha.example"), "actions");

        assertThat(own).isInstanceOf(Span.class);
        assertThat(own.getElement().getAttribute("aria-label")).isEqualTo("Your account");
        assertThat(other).isInstanceOf(MenuBar.class);
    }

    @Test
    void aManagerChangesARoleAfterConfirming() {
        PeopleView view = open();

        _clickItemWithCaption(actionsOf(view, "mia@alpha.example"), "Change role");
        ChangeRoleDialog dialog = _get(ChangeRoleDialog.class);
        assertThat(dialog.confirm.isEnabled()).isFalse();
        _setValue(dialog.role, Role.AMBASSADOR);
        _click(dialog.confirm);

        assertThat(person(view, "mia@alpha.example").role()).isEqualTo(Role.AMBASSADOR);
        NotificationsKt.expectNotifications("The role of Test MEMBER is now: Ambassador.");
    }

    @Test
    void aManagerDeactivatesThenReactivatesSomeoneAfterConfirming() {
        PeopleView view = open();

        _clickItemWithCaption(actionsOf(view, "mia@alpha.example"), "Deactivate");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Deactivate Test MEMBER?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(person(view, "mia@alpha.example").status()).isEqualTo(AccountStatus.DEACTIVATED);
        NotificationsKt.clearNotifications();

        _clickItemWithCaption(actionsOf(view, "mia@alpha.example"), "Reactivate");
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).getLast());
        assertThat(person(view, "mia@alpha.example").status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void cancellingTheConfirmationChangesNothing() {
        PeopleView view = open();

        _clickItemWithCaption(actionsOf(view, "mia@alpha.example"), "Deactivate");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(person(view, "mia@alpha.example").status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aManagerInvitesSomeoneAndABadAddressIsRefusedAtTheFieldKeepingWhatWasTyped() {
        PeopleView view = open();

        _click(view.inviteButton);
        InviteDialog dialog = _get(InviteDialog.class);
        _setValue(dialog.email, "ines@alpha");
        _setValue(dialog.role, Role.AMBASSADOR);
        _click(dialog.send);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, such as name@example.com.");
        assertThat(dialog.email.getValue()).isEqualTo("ines@alpha");
        assertThat(dialog.role.getValue()).isEqualTo(Role.AMBASSADOR);

        _setValue(dialog.email, "Ines@Alpha.example ");
        _click(dialog.send);

        assertThat(dialog.isOpened()).isFalse();
        PersonRow invited = person(view, "ines@alpha.example");
        assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.role()).isEqualTo(Role.AMBASSADOR);
    }

    @Test
    void invitingSomeoneAlreadyInTheProgramIsRefusedAtTheField() {
        PeopleView view = open();

        _click(view.inviteButton);
        InviteDialog dialog = _get(InviteDialog.class);
        _setValue(dialog.email, "mia@alpha.example");
        _click(dialog.send);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("This person already has an account in this program.");
    }

    @Test
    void aManagerResendsThenRevokesAnInvitation() {
        TestData.signIn(manager);
        invitations.invite("ines@alpha.example", Role.MEMBER);
        PeopleView view = open();
        long versionBefore = person(view, "ines@alpha.example").version();

        _clickItemWithCaption(actionsOf(view, "ines@alpha.example"), "Resend invitation");
        NotificationsKt.expectNotifications("A new invitation has been sent to ines@alpha.example.");
        assertThat(person(view, "ines@alpha.example").version()).isEqualTo(versionBefore);

        _clickItemWithCaption(actionsOf(view, "ines@alpha.example"), "Revoke invitation");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(emails(view)).doesNotContain("ines@alpha.example");
    }

    @Test
    void theViewSpeaksFrench() {
        useLocale(Locale.FRENCH);
        PeopleView view = open();

        assertThat(view.getPageTitle()).isEqualTo("Personnes");
        assertThat(view.inviteButton.getText()).isEqualTo("Inviter");
        Component own = _getCellComponent(view.grid, rowOf(view, "boss@alpha.example"), "actions");
        assertThat(own.getElement().getAttribute("aria-label")).isEqualTo("Votre compte");
    }

    private static List<PersonRow> rows(PeopleView view) {
        return _fetch(view.grid, 0, 1000);
    }

    private static List<String> emails(PeopleView view) {
        return rows(view).stream().map(PersonRow::email).toList();
    }

    private static PersonRow person(PeopleView view, String email) {
        return rows(view).stream()
                .filter(p -> p.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private static int rowOf(PeopleView view, String email) {
        List<String> emails = emails(view);
        assertThat(emails).contains(email);
        return emails.indexOf(email);
    }

    private static MenuBar actionsOf(PeopleView view, String email) {
        return (MenuBar) _getCellComponent(view.grid, rowOf(view, email), "actions");
    }
}
