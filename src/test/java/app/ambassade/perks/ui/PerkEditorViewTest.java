package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRow;
import app.ambassade.perks.PerkStatus;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class PerkEditorViewTest extends KaribuTest {

    @Autowired
    PerkCatalogue catalogue;

    TenantSummary tenant;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser otherManager;

    @BeforeEach
    void seed() {
        tenant = data.tenant("editor");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@editor.example");
        member = data.person(tenant, Role.MEMBER, "member@editor.example");
        otherManager = data.person(data.tenant("editorb"), Role.BRAND_MANAGER, "boss@editorb.example");
    }

    private PerkEditorView openNew() {
        UI.getCurrent().navigate("manage/perks/new/edit");
        return _get(PerkEditorView.class);
    }

    @Test
    void badEventInputIsShownAtTheFieldsKeepsWhatWasTypedAndSavesNothing() {
        signIn(manager);
        useLocale(Locale.ENGLISH);
        PerkEditorView editor = openNew();
        _setValue(editor.kind, PerkKind.EVENT);
        _setValue(editor.title, "Private atelier evening");
        _setValue(editor.description, "Meet the perfumers");
        _setValue(editor.capacity, 0);
        _setValue(editor.event.start, LocalDateTime.of(2030, 5, 3, 19, 0));
        _setValue(editor.event.end, LocalDateTime.of(2030, 5, 3, 18, 0));
        _setValue(editor.event.place, "Atelier, Paris");
        _click(editor.save);

        assertThat(editor.capacity.isInvalid()).isTrue();
        assertThat(editor.capacity.getErrorMessage()).isEqualTo("At least 1 place.");
        assertThat(editor.event.end.isInvalid()).isTrue();
        assertThat(editor.event.end.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(editor.title.getValue()).isEqualTo("Private atelier evening");
        assertThat(editor.event.place.getValue()).isEqualTo("Atelier, Paris");
        TestData.signIn(manager);
        assertThat(catalogue.count(Set.of(), null)).isZero();

        _setValue(editor.capacity, 10);
        _setValue(editor.event.end, LocalDateTime.of(2030, 5, 3, 22, 0));
        _click(editor.save);
        assertThat(editor.capacity.isInvalid()).isFalse();
        TestData.signIn(manager);
        PerkRow saved = catalogue
                .page(Set.of(), null, PageRequest.of(0, 5))
                .getContent()
                .getFirst();
        assertThat(saved.title()).isEqualTo("Private atelier evening");
        assertThat(saved.capacity()).isEqualTo(10);
        assertThat(saved.status()).isEqualTo(PerkStatus.DRAFT);

        _click(editor.publish);
        TestData.signIn(manager);
        assertThat(catalogue.view(saved.id()).orElseThrow().status()).isEqualTo(PerkStatus.PUBLISHED);
    }

    @Test
    void thePreviewFollowsWhatTheManagerTypes() {
        signIn(manager);
        PerkEditorView editor = openNew();
        _setValue(editor.kind, PerkKind.CONTENT);
        _setValue(editor.title, "Care guide for leather");
        assertThat(editor.preview.getElement().getTextRecursively()).contains("Care guide for leather");
        _setValue(editor.title, "Care guide, second edition");
        assertThat(editor.preview.getElement().getTextRecursively()).contains("Care guide, second edition");
    }

    @Test
    void theCatalogueListsPerksAndDuplicatesOneAsADraft() {
        signIn(manager);
        PerkEditorView editor = openNew();
        _setValue(editor.kind, PerkKind.CO_CREATION);
        _setValue(editor.title, "Design our next scarf");
        _setValue(editor.description, "Five seats at the design table");
        _setValue(editor.capacity, 5);
        _click(editor.save);

        UI.getCurrent().navigate("manage/perks");
        PerksAdminView list = _get(PerksAdminView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).title()).isEqualTo("Design our next scarf");
        _click(_get(
                GridKt._getCellComponent(list.grid, 0, "actions"),
                com.vaadin.flow.component.button.Button.class,
                s -> s.withClasses("duplicate-perk")));
        PerkEditorView copy = _get(PerkEditorView.class);
        assertThat(copy.title.getValue()).endsWith("Design our next scarf").isNotEqualTo("Design our next scarf");
        assertThat(copy.kind.isReadOnly()).isTrue();
    }

    @Test
    void membersAndOtherBrandsNeverReachTheEditorOfAPerk() {
        signIn(manager);
        TestData.signIn(manager);
        long id = catalogue.create(new app.ambassade.perks.PerkForm(
                PerkKind.CO_CREATION,
                "Seat",
                "Join us",
                null,
                null,
                app.ambassade.perks.PerkRules.open(),
                3,
                false,
                null,
                null,
                null));
        signIn(otherManager);
        UI.getCurrent().navigate("manage/perks/" + id + "/edit");
        assertThat(_get(NotFoundView.class)).isNotNull();
        signIn(member);
        UI.getCurrent().navigate("manage/perks/" + id + "/edit");
        assertThat(_get(NotFoundView.class)).isNotNull();
        UI.getCurrent().navigate("manage/perks");
        assertThat(_get(NotFoundView.class)).isNotNull();
    }

    @Test
    void theManagerHomeShowsPublishedPerksAndHowTheNextEventFillsUp() {
        signIn(manager);
        useLocale(Locale.ENGLISH);
        TestData.signIn(manager);
        long id = catalogue.create(app.ambassade.perks.PerksFixtures.eventForm(
                "Perfume night",
                LocalDateTime.now().plusDays(5),
                LocalDateTime.now().plusDays(5).plusHours(2),
                10));
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("perks-published"))
                        .getText())
                .isEqualTo("1 perk published");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("perks-next-event"))
                        .getText())
                .startsWith("Next event: Perfume night")
                .endsWith("0 of 10 seats taken");
    }

    @Test
    void codesAreImportedInTheBackgroundAndABadFileListsItsLinesWithNothingImported() throws Exception {
        signIn(manager);
        useLocale(Locale.ENGLISH);
        TestData.signIn(manager);
        long id = catalogue.create(app.ambassade.perks.PerksFixtures.codesForm("Winter preview"));
        UI.getCurrent().navigate("manage/perks/" + id + "/edit");
        PerkEditorView editor = _get(PerkEditorView.class);

        editor.uploads.importCodes("A-1\n\nB-2\nA-1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        awaitImport(editor);
        assertThat(editor.uploads.codesStatus.isInvalid()).isTrue();
        assertThat(editor.uploads.codeProblems.getElement().getTextRecursively())
                .contains("Line 2: blank line")
                .contains("Line 4: code A-1 appears twice");
        TestData.signIn(manager);
        assertThat(catalogue.codeStock(id).total()).isZero();

        editor.uploads.importCodes("A-1\nB-2\nC-3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        awaitImport(editor);
        assertThat(editor.uploads.codesStatus.isInvalid()).isFalse();
        assertThat(editor.uploads.codesStatus.getValue()).isEqualTo("3 codes, 3 still free");
    }

    @Test
    void theUploadsNameTheirConfiguredLimitsInTheReadersLanguage() throws Exception {
        signIn(manager);
        useLocale(Locale.ENGLISH);
        TestData.signIn(manager);
        long id = catalogue.create(app.ambassade.perks.PerksFixtures.codesForm("Spring preview"));
        UI.getCurrent().navigate("manage/perks/" + id + "/edit");
        PerkUploads uploads = _get(PerkEditorView.class).uploads;

        assertThat(uploads.imageStatus.getLabel()).isEqualTo("Picture (PNG, JPEG, GIF or WebP, 512 KB at most)");
        assertThat(uploads.fileStatus.getLabel()).isEqualTo("File to download (PDF, ZIP or image, 5 MB at most)");
        assertThat(uploads.file.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(uploads.file.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is larger than 5 MB.");
        assertThat(uploads.codes.getMaxFileSize()).isEqualTo(1024 * 1024);
        assertThat(uploads.codesStatus.getHelperText()).endsWith("At most 10,000 codes and 1 MB a file.");

        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append("C-").append(i).append('\n');
        }
        uploads.importCodes(tooMany.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        awaitImport(_get(PerkEditorView.class));
        assertThat(uploads.codeProblems.getElement().getTextRecursively())
                .contains("Line 10,001: more than 10,000 codes in one file");

        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("manage/perks/" + id + "/edit");
        PerkUploads french = _get(PerkEditorView.class).uploads;
        assertThat(french.imageStatus.getLabel()).endsWith("512 Ko au plus)");
        assertThat(french.fileStatus.getLabel()).endsWith("5 Mo au plus)");
        assertThat(french.file.getI18n().getError().getFileIsTooBig()).isEqualTo("Le fichier dépasse 5 Mo.");
    }

    /** The import finishes on another thread, then hands its result to the UI. */
    private static void awaitImport(PerkEditorView editor) throws InterruptedException {
        for (int i = 0; i < 200 && editor.uploads.codesProgress.isVisible(); i++) {
            Thread.sleep(25);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(editor.uploads.codesProgress.isVisible())
                .as("import finished")
                .isFalse();
    }
}
