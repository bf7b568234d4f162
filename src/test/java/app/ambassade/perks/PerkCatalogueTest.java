package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@AmbassadeTest
class PerkCatalogueTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    TestData data;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    MemberPerks members;

    AuthenticatedUser managerA;
    AuthenticatedUser managerB;
    AuthenticatedUser memberA;
    TenantSummary tenantA;

    @BeforeEach
    void seed() {
        TenantSummary a = data.tenant("perka");
        tenantA = a;
        TenantSummary b = data.tenant("perkb");
        managerA = data.person(a, Role.BRAND_MANAGER, "m@a.test");
        managerB = data.person(b, Role.BRAND_MANAGER, "m@b.test");
        memberA = data.person(a, Role.MEMBER, "member@a.test");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private static final LocalDateTime START = LocalDateTime.of(2030, 3, 12, 19, 0);

    @Test
    void anEventWithZeroOrNegativeCapacityAndAnEndBeforeItsStartIsRefusedAtEachFieldAndNothingIsSaved() {
        TestData.signIn(managerA);
        long before = catalogue.count(Set.of(), null);
        assertThatThrownBy(() -> catalogue.create(PerksFixtures.eventForm("Atelier", START, START.minusHours(1), 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("capacity", "perks.error.capacity-positive")
                                .containsEntry("event.end", "perks.error.end-before-start"));
        assertThatThrownBy(() -> catalogue.create(PerksFixtures.eventForm("Atelier", START, START.plusHours(2), -3)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("capacity", "perks.error.capacity-positive"));
        assertThatThrownBy(() -> catalogue.create(PerksFixtures.eventForm("Atelier", START, START.plusHours(2), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("capacity", "perks.error.capacity-required"));
        assertThat(catalogue.count(Set.of(), null)).isEqualTo(before);
    }

    @Test
    void anEventKeepsItsLocalTimeInItsOwnZoneWhateverTheZoneOfTheManager() {
        TestData.signIn(managerA);
        long id = catalogue.create(PerksFixtures.eventForm("Soirée", START, START.plusHours(2), 10));
        PerkView view = catalogue.view(id).orElseThrow();
        assertThat(view.event().startsAt()).isEqualTo(java.time.Instant.parse("2030-03-12T18:00:00Z"));
        assertThat(view.event().cancelUntil()).isEqualTo(java.time.Instant.parse("2030-03-11T18:00:00Z"));
        assertThat(catalogue.form(id).event().start()).isEqualTo(START);
        assertThat(view.status()).isEqualTo(PerkStatus.DRAFT);
    }

    @Test
    void linksMustBeHttpOrHttpsAndAnEarlyAccessMustRevealSomething() {
        TestData.signIn(managerA);
        PerkForm script = new PerkForm(
                PerkKind.EARLY_ACCESS,
                "Preview",
                "First look",
                null,
                null,
                PerkRules.open(),
                null,
                false,
                new EarlyAccessDetails("javascript:alert(1)", null, false),
                null,
                null);
        assertThatThrownBy(() -> catalogue.create(script))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("access.link", "perks.error.link"));
        PerkForm empty = new PerkForm(
                PerkKind.EARLY_ACCESS,
                "Preview",
                "First look",
                null,
                null,
                PerkRules.open(),
                null,
                false,
                new EarlyAccessDetails(" ", "", false),
                null,
                null);
        assertThatThrownBy(() -> catalogue.create(empty))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("access.link", "perks.error.access-empty"));
    }

    @Test
    void aCapacityBelowTheConfirmedSeatsIsRefusedAndTheKindNeverChanges() {
        TestData.signIn(managerA);
        long id = catalogue.create(PerksFixtures.eventForm("Soirée", START, START.plusHours(2), 10));
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        AuthenticatedUser secondMember = data.person(tenantA, Role.MEMBER, "second@a.test");
        for (AuthenticatedUser member : java.util.List.of(memberA, secondMember)) {
            TestData.signIn(member);
            assertThat(members.claim(id).status()).isEqualTo(ClaimStatus.CONFIRMED);
        }
        TestData.signIn(managerA);
        assertThatThrownBy(() -> catalogue.update(id, PerksFixtures.eventForm("Soirée", START, START.plusHours(2), 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("capacity", "perks.error.capacity-below-taken"));
        assertThat(catalogue.view(id).orElseThrow().capacity()).isEqualTo(10);
        catalogue.update(id, PerksFixtures.eventForm("Soirée", START, START.plusHours(2), 2));
        assertThat(catalogue.view(id).orElseThrow())
                .extracting(PerkView::capacity, PerkView::taken)
                .containsExactly(2, 2);
        PerkForm asContent = new PerkForm(
                PerkKind.CONTENT,
                "Soirée",
                "x",
                null,
                null,
                PerkRules.open(),
                null,
                false,
                null,
                null,
                new ContentDetails("Text", null));
        assertThatThrownBy(() -> catalogue.update(id, asContent))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("kind", "perks.error.kind-fixed"));
    }

    @Test
    void aCodeFileWithDuplicatesOrBlankLinesIsRefusedWholeWithTheLinesAndNothingIsImported() {
        TestData.signIn(managerA);
        long id = catalogue.create(PerksFixtures.codesForm("Preview"));
        byte[] bad = "code\nAAA-1\n\nBBB-2\nAAA-1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> catalogue.importCodes(id, bad))
                .isInstanceOfSatisfying(
                        CodeImportRefused.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new CodeImportRefused.Problem("perks.codes.error.blank-line", 3, ""),
                                        new CodeImportRefused.Problem("perks.codes.error.duplicate", 5, "AAA-1")));
        assertThat(catalogue.codeStock(id).total()).isZero();
        assertThatThrownBy(() -> catalogue.setStatus(id, PerkStatus.PUBLISHED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("codes", "perks.error.no-codes"));

        CodeStock stock = catalogue.importCodes(id, "AAA-1\r\nBBB-2\r\n\"CCC,3\"\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(stock).isEqualTo(new CodeStock(3, 3, 3));
        assertThatThrownBy(() -> catalogue.importCodes(id, "DDD-4\nBBB-2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        CodeImportRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(CodeImportRefused.Problem::code)
                                .containsExactly("BBB-2"));
        assertThat(catalogue.codeStock(id).total()).isEqualTo(3);
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        assertThat(catalogue.view(id).orElseThrow().status()).isEqualTo(PerkStatus.PUBLISHED);
    }

    @Test
    void aDuplicateIsADraftCopyWithItsRulesPictureAndTextsButNoCodes() {
        TestData.signIn(managerA);
        PerkForm form = new PerkForm(
                PerkKind.EVENT,
                "Atelier",
                "Hands-on",
                null,
                null,
                new PerkRules(null, true, Set.of(), Map.of()),
                12,
                true,
                null,
                new EventDetails(
                        START,
                        START.plusHours(3),
                        "America/Montreal",
                        null,
                        "https://meet.example/x",
                        0,
                        "Merci",
                        false),
                null);
        long id = catalogue.create(form);
        catalogue.setImage(id, new FileUpload("p.png", PNG));
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        long copy = catalogue.duplicate(id, "Copy of Atelier");
        PerkView view = catalogue.view(copy).orElseThrow();
        assertThat(view.status()).isEqualTo(PerkStatus.DRAFT);
        assertThat(view.title()).isEqualTo("Copy of Atelier");
        assertThat(view.hasImage()).isTrue();
        assertThat(view.taken()).isZero();
        assertThat(catalogue.form(copy).rules().ambassadorsOnly()).isTrue();
        assertThat(catalogue.form(copy).event()).isEqualTo(catalogue.form(id).event());
    }

    @Test
    void contentCannotBePublishedEmptyAndItsFileMustBeARealPdfZipOrImage() {
        TestData.signIn(managerA);
        long id = catalogue.create(new PerkForm(
                PerkKind.CONTENT,
                "Guide",
                "Our care guide",
                null,
                null,
                PerkRules.open(),
                null,
                false,
                null,
                null,
                new ContentDetails("", null)));
        assertThatThrownBy(() -> catalogue.setStatus(id, PerkStatus.PUBLISHED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("content.article", "perks.error.content-empty"));
        assertThatThrownBy(() -> catalogue.setFile(id, new FileUpload("x.pdf", "<html>".getBytes())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "perks.error.file-type"));
        catalogue.setFile(id, new FileUpload("../../guide.pdf", "%PDF-1.7 test".getBytes()));
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        assertThat(catalogue.view(id).orElseThrow().hasFile()).isTrue();
    }

    @Test
    void anotherBrandManagerCanNeitherSeeNorChangeAPerkAndMembersCannotUseTheCatalogue() {
        TestData.signIn(managerA);
        long id = catalogue.create(PerksFixtures.eventForm("Soirée", START, START.plusHours(2), 10));
        TestData.signIn(managerB);
        assertThat(catalogue.view(id)).isEmpty();
        assertThat(catalogue.page(Set.of(), null, PageRequest.of(0, 50)).map(PerkRow::id))
                .doesNotContain(id);
        assertThatThrownBy(() -> catalogue.form(id)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> catalogue.update(id, PerksFixtures.eventForm("Mine", START, START.plusHours(2), 3)))
                .isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> catalogue.setStatus(id, PerkStatus.ARCHIVED))
                .isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> catalogue.duplicate(id, "x")).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> catalogue.setImage(id, new FileUpload("p.png", PNG)))
                .isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> catalogue.importCodes(id, "A\n".getBytes())).isInstanceOf(PerkNotFoundException.class);
        TestData.signIn(memberA);
        assertThatThrownBy(() -> catalogue.view(id)).isInstanceOf(AccessDeniedException.class);
        TestData.signIn(managerA);
        assertThat(catalogue.view(id).orElseThrow().title()).isEqualTo("Soirée");
    }
}
