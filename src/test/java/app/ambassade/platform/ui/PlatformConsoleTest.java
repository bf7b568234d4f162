package app.ambassade.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.identity.ui.LoginView;
import app.ambassade.mail.OutboxMessage;
import app.ambassade.mail.ui.OutboxView;
import app.ambassade.shell.HomeView;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantStatus;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The platform admin's console: tenants grid, editor, suspension, first manager, audit log. */
class PlatformConsoleTest extends KaribuTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    TenantService tenants;

    @Autowired
    AuditService audit;

    AuthenticatedUser admin;

    @BeforeEach
    void signInAsPlatformAdmin() {
        admin = data.platformAdmin("ops-" + suffix() + "@ambassade.test");
        signIn(admin);
    }

    @Test
    void thePlatformAdminSeesTheBrandsInAGridSearchedByNameOrAddress() {
        String marker = suffix();
        TenantSummary alpha = data.tenant("alpha" + marker);
        data.tenant("beta" + marker);

        UI.getCurrent().navigate("tenants");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantsView.class);
        Grid<TenantSummary> grid = tenantsGrid();
        _setValue(searchField(), marker);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("alpha" + marker);

        _setValue(searchField(), alpha.slug().toUpperCase(Locale.ROOT));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Anchor address = (Anchor) GridKt._getCellComponent(grid, 0, "slug");
        assertThat(address.getHref()).isEqualTo("http://" + alpha.slug() + ".localhost:8080");
        assertThat(address.getText()).isEqualTo(alpha.slug());
        assertThat(GridKt._getFormatted(grid, 0, "language")).isEqualTo("Français");
        assertThat(((Badge) GridKt._getCellComponent(grid, 0, "status")).getText())
                .isEqualTo("Active");
        assertThat(GridKt._getFormatted(grid, 0, "created")).isNotBlank();

        _setValue(searchField(), "no-brand-is-called-" + marker);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).startsWith("No brand matches this search.");
    }

    @Test
    void theGridSortsInTheDatabaseByTheChosenColumn() {
        String marker = suffix();
        data.tenant("sort" + marker + "a");
        data.tenant("sort" + marker + "b");
        data.tenant("sort" + marker + "c");
        UI.getCurrent().navigate("tenants");
        Grid<TenantSummary> grid = tenantsGrid();
        _setValue(searchField(), "sort" + marker);

        GridKt._sortByKey(grid, "name", SortDirection.DESCENDING);

        assertThat(GridKt._findAll(grid))
                .extracting(TenantSummary::name)
                .containsExactly("sort" + marker + "c", "sort" + marker + "b", "sort" + marker + "a");
    }

    @Test
    void theBrandsViewSpeaksFrench() {
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("tenants");
        _setValue(searchField("Rechercher par nom ou adresse"), "aucune-marque-" + suffix());

        assertThat(tenantsGrid().getColumnByKey("name").getHeaderText()).isEqualTo("Nom");
        assertThat(tenantsGrid().getEmptyStateText()).startsWith("Aucune marque ne correspond");
    }

    @Test
    void creatingABrandShowsRefusalsAtTheFieldsAndKeepsWhatWasTyped() {
        UI.getCurrent().navigate("tenants/new");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantEditorView.class);
        String slug = "atelier-nova-" + suffix();

        _setValue(field("Name"), "Atelier Nova");
        _setValue(field("Address"), slug);
        assertThat(field("Address").getHelperText())
                .isEqualTo("The portal will be at http://" + slug + ".localhost:8080");
        _setValue(field("Address"), "Atelier Nova!");
        _setValue(field("Brand colour"), "blue");
        _click(button("Create the brand"));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantEditorView.class);
        assertThat(field("Address").isInvalid()).isTrue();
        assertThat(field("Address").getErrorMessage()).startsWith("Use 3 to 63 lowercase letters");
        assertThat(field("Brand colour").isInvalid()).isTrue();
        assertThat(field("Brand colour").getErrorMessage())
                .isEqualTo("Use a colour in the form #RRGGBB, such as #b5476b.");
        assertThat(field("Name").getValue()).isEqualTo("Atelier Nova");
        assertThat(field("Address").getValue()).isEqualTo("Atelier Nova!");
        assertThat(field("Brand colour").getValue()).isEqualTo("blue");

        _setValue(field("Address"), slug);
        _setValue(field("Brand colour"), "#0A7E8C");
        assertThat(_get(field("Brand colour"), Span.class, s -> s.withClasses("color-swatch"))
                        .getStyle()
                        .get("background"))
                .isEqualTo("#0a7e8c");
        _click(button("Create the brand"));

        TenantSummary created =
                TestData.asPlatformAdmin(() -> tenants.findBySlug(slug)).orElseThrow();
        assertThat(created.name()).isEqualTo("Atelier Nova");
        assertThat(created.brandColor()).isEqualTo("#0a7e8c");
        assertThat(created.defaultLocale()).isEqualTo(Locale.FRENCH);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tenants/" + created.id());
        assertThat(field("Address").isReadOnly()).isTrue();
        assertThat(_get(Anchor.class, s -> s.withClasses("portal-link")).getHref())
                .isEqualTo("http://" + slug + ".localhost:8080");
    }

    @Test
    void anAddressAlreadyInUseIsRefusedAtTheField() {
        TenantSummary existing = data.tenant("existing");
        UI.getCurrent().navigate("tenants/new");

        _setValue(field("Name"), "Copycat");
        _setValue(field("Address"), existing.slug());
        _click(button("Create the brand"));

        assertThat(field("Address").getErrorMessage()).isEqualTo("Another brand already uses this address.");
        assertThat(field("Name").getValue()).isEqualTo("Copycat");
    }

    @Test
    void aLogoChosenWhileCreatingIsCheckedAtOnceAndStoredWithTheBrand() {
        UI.getCurrent().navigate("tenants/new");
        LogoField logo = _get(LogoField.class);

        UploadKt._upload(logo.upload(), "notes.png", "image/png", "not an image at all".getBytes());
        assertThat(logo.isInvalid()).isTrue();
        assertThat(logo.getErrorMessage()).isEqualTo("Use a PNG, JPEG, GIF or WebP image.");

        UploadKt._upload(
                logo.upload(), "logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
        assertThat(logo.getErrorMessage()).isEqualTo("Use a PNG, JPEG, GIF or WebP image.");

        UploadKt._upload(logo.upload(), "logo.png", "image/png", PNG);
        assertThat(logo.isInvalid()).isFalse();

        String slug = "with-logo-" + suffix();
        _setValue(field("Name"), "With logo");
        _setValue(field("Address"), slug);
        _click(button("Create the brand"));

        TenantSummary created =
                TestData.asPlatformAdmin(() -> tenants.findBySlug(slug)).orElseThrow();
        assertThat(created.hasLogo()).isTrue();
        assertThat(tenants.logo(slug).orElseThrow().contentType()).isEqualTo("image/png");
    }

    @Test
    void theAdminRebrandsABrandAndReplacesItsLogo() {
        TenantSummary tenant = data.tenant("rebrand");
        UI.getCurrent().navigate("tenants/" + tenant.id());

        _setValue(field("Name"), "");
        _setValue(field("Brand colour"), "#b5476b");
        _click(button("Save"));
        assertThat(field("Name").getErrorMessage()).isEqualTo("This field is required.");
        assertThat(field("Brand colour").getValue()).isEqualTo("#b5476b");

        _setValue(field("Name"), "Rebranded");
        _click(button("Save"));
        assertThat(field("Name").isInvalid()).isFalse();

        LogoField logo = _get(LogoField.class);
        UploadKt._upload(logo.upload(), "huge.png", "image/png", png(600 * 1024));
        assertThat(logo.getErrorMessage()).isEqualTo("The file is too large.");
        UploadKt._upload(logo.upload(), "logo.png", "image/png", PNG);
        assertThat(logo.isInvalid()).isFalse();

        TenantSummary saved =
                TestData.asPlatformAdmin(() -> tenants.findById(tenant.id())).orElseThrow();
        assertThat(saved.name()).isEqualTo("Rebranded");
        assertThat(saved.brandColor()).isEqualTo("#b5476b");
        assertThat(saved.logoVersion()).isEqualTo(1);
    }

    @Test
    void suspendingAsksForAReasonThenReactivatingRestoresTheBrand() {
        TenantSummary tenant = data.tenant("suspend");
        UI.getCurrent().navigate("tenants/" + tenant.id());
        assertThat(headerBadge().getText()).isEqualTo("Active");

        _click(button("Suspend the brand"));
        SuspendDialog dialog = _get(SuspendDialog.class);
        TextArea reason = _get(TextArea.class, s -> s.withLabel("Reason (kept in the platform audit log)"));
        _click(_get(dialog, Button.class, s -> s.withText("Suspend")));
        assertThat(reason.getErrorMessage()).isEqualTo("This field is required.");
        _setValue(reason, "ab");
        _click(_get(dialog, Button.class, s -> s.withText("Suspend")));
        assertThat(reason.getErrorMessage()).isEqualTo("This is too short.");
        assertThat(reason.getValue()).isEqualTo("ab");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(reason, "Contract ended in June");
        _click(_get(dialog, Button.class, s -> s.withText("Suspend")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(headerBadge().getText()).isEqualTo("Suspended");
        assertThat(_get(Paragraph.class, s -> s.withClasses("suspension-reason"))
                        .getText())
                .isEqualTo("Reason: Contract ended in June");
        TenantSummary suspended =
                TestData.asPlatformAdmin(() -> tenants.findById(tenant.id())).orElseThrow();
        assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(suspended.suspensionReason()).isEqualTo("Contract ended in June");

        UI.getCurrent().navigate("tenants");
        _setValue(searchField(), tenant.slug());
        assertThat(((Badge) GridKt._getCellComponent(tenantsGrid(), 0, "status")).getText())
                .isEqualTo("Suspended");

        UI.getCurrent().navigate("tenants/" + tenant.id());
        _click(button("Reactivate the brand"));
        assertThat(headerBadge().getText()).isEqualTo("Active");
        assertThat(TestData.asPlatformAdmin(() -> tenants.findById(tenant.id()))
                        .orElseThrow()
                        .active())
                .isTrue();
    }

    @Test
    void peopleOfASuspendedBrandSeeOnItsLoginPageThatTheProgramIsPaused() {
        TenantSummary tenant = data.tenant("paused");
        UI.getCurrent().navigate("tenants/" + tenant.id());
        _click(button("Suspend the brand"));
        _setValue(_get(TextArea.class), "Unpaid invoices");
        _click(_get(_get(SuspendDialog.class), Button.class, s -> s.withText("Suspend")));

        TestData.signOut();
        onHost(tenant.slug());
        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains(
                        "paused has paused its program on Ambassade for now. You cannot log in until it is reactivated.");
    }

    @Test
    void theAdminInvitesTheFirstBrandManagerAndFindsTheMailInTheOutbox() {
        TenantSummary tenant = data.tenant("invite");
        UI.getCurrent().navigate("tenants/" + tenant.id());
        EmailField email = _get(EmailField.class, s -> s.withLabel("E-mail of the brand manager"));

        _setValue(email, "not-an-address");
        _click(button("Send the invitation"));
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, such as name@example.com.");
        assertThat(email.getValue()).isEqualTo("not-an-address");

        _setValue(email, "First.Boss@Invite.example");
        _click(button("Send the invitation"));
        assertThat(email.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withClasses("invite-result"))
                        .getElement()
                        .getTextRecursively())
                .contains("Invitation sent to first.boss@invite.example.");

        assertThat(_get(Anchor.class, s -> s.withText("See the e-mail in the outbox."))
                        .getHref())
                .isEqualTo("outbox");

        UI.getCurrent().navigate("outbox");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> outbox = _get(Grid.class);
        assertThat(outbox.getEmptyStateText()).startsWith("No e-mail yet. In the embedded default");
        assertThat(_get(Paragraph.class, s -> s.withClasses("empty-state")).getText())
                .isEqualTo("Select an e-mail to read it. Its links can be opened or copied from here.");
        OutboxMessage mail = GridKt._get(outbox, 0);
        assertThat(mail.to()).isEqualTo("first.boss@invite.example");
        assertThat(mail.tenantId()).isEqualTo(tenant.id());
        GridKt._selectRow(outbox, 0);
        // The invitation speaks the brand's default language (French for test brands).
        assertThat(_get(H3.class).getText()).isEqualTo("Vous êtes invité à rejoindre invite sur Ambassade");
        // The link's secret went to the addressee only: the outbox shows where it leads, not the token.
        assertThat(_find(Anchor.class, s -> s.withClasses("mail-link"))).isEmpty();
        assertThat(_get(Div.class, s -> s.withClasses("mail-body")).getElement().getTextRecursively())
                .contains("http://" + tenant.slug() + ".localhost:8080/invitation/…");
        assertThat(mail.body()).contains("http://" + tenant.slug() + ".localhost:8080/invitation/…");

        List<AuditRecord> log = TestData.asPlatformAdmin(() -> audit.platformLog(PageRequest.of(0, 50)))
                .getContent();
        assertThat(log).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("tenant.manager-invited");
            assertThat(r.target()).isEqualTo(tenant.slug());
            assertThat(r.actor()).isEqualTo(admin.email());
        });
    }

    @Test
    void invitingSomeoneWhoAlreadyBelongsToTheBrandIsRefusedAtTheField() {
        TenantSummary tenant = data.tenant("member");
        data.person(tenant, Role.MEMBER, "already@member.example");
        UI.getCurrent().navigate("tenants/" + tenant.id());
        EmailField email = _get(EmailField.class, s -> s.withLabel("E-mail of the brand manager"));

        _setValue(email, "already@member.example");
        _click(button("Send the invitation"));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This person already has an account in this program.");
        assertThat(email.getValue()).isEqualTo("already@member.example");
    }

    @Test
    void thePlatformAuditLogListsWhatAdminsDidNewestFirst() {
        TenantSummary tenant = data.tenant("audited");
        TestData.asPlatformAdmin(() -> tenants.suspend(tenant.id(), "Audit trail check"));

        UI.getCurrent().navigate("platform-audit");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlatformAuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Brand suspended");
        assertThat(GridKt._getFormatted(grid, 0, "target")).isEqualTo(tenant.slug());
        assertThat(GridKt._getFormatted(grid, 0, "details")).isEqualTo("Audit trail check");
        assertThat(GridKt._getFormatted(grid, 0, "actor")).isEqualTo("test-admin");
        assertThat(GridKt._getFormatted(grid, 0, "time")).isNotBlank();
        assertThat(GridKt._getFormatted(grid, 1, "action")).isEqualTo("Brand created");
        assertThat(GridKt._getFormatted(grid, 1, "target")).isEqualTo(tenant.slug());
    }

    @Test
    void unknownOrMalformedBrandIdsEndOnNotFound() {
        for (String path : List.of("tenants/999999999", "tenants/abc", "tenants/-1", "tenants/12345678901234567890")) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void theHomePageShowsThePlatformCardWithTheCounts() {
        data.tenant("counted");
        long active = TestData.asPlatformAdmin(() -> tenants.count(TenantStatus.ACTIVE));
        long suspended = TestData.asPlatformAdmin(() -> tenants.count(TenantStatus.SUSPENDED));

        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        Div card = _get(Div.class, s -> s.withClasses("platform-card"));
        assertThat(_get(card, Span.class, s -> s.withClasses("active-count")).getText())
                .isEqualTo(String.valueOf(active));
        assertThat(_get(card, Span.class, s -> s.withClasses("suspended-count")).getText())
                .isEqualTo(String.valueOf(suspended));
        assertThat(_find(card, RouterLink.class))
                .extracting(RouterLink::getHref)
                .containsExactly("tenants", "platform-audit");
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("outbox");
        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getLabel)
                .contains("Brands", "Platform audit log", "Mail outbox");
    }

    private Grid<TenantSummary> tenantsGrid() {
        @SuppressWarnings("unchecked")
        Grid<TenantSummary> grid = _get(Grid.class);
        return grid;
    }

    private static TextField searchField() {
        return searchField("Search by name or address");
    }

    private static TextField searchField(String placeholder) {
        return _get(TextField.class, s -> s.withPlaceholder(placeholder));
    }

    private static TextField field(String label) {
        return _get(TextField.class, s -> s.withLabel(label));
    }

    private static Button button(String text) {
        return _get(Button.class, s -> s.withText(text));
    }

    private static Badge headerBadge() {
        return _get(
                _get(TenantEditorView.class),
                Badge.class,
                s -> s.withClasses("tenant-status")
                        .withPredicate(b -> b.getParent()
                                .flatMap(p -> p.getChildren().findFirst())
                                .filter(first -> first instanceof com.vaadin.flow.component.html.H2)
                                .isPresent()));
    }

    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PNG, 0, bytes, 0, PNG.length);
        return bytes;
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
