package app.ambassade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.InvitationService;
import app.ambassade.identity.Role;
import app.ambassade.mail.OutboxService;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The rules of TenantService that the platform console relies on. */
@AmbassadeTest
class PlatformTenantRulesTest {

    @Autowired
    LogoPolicy logoPolicy;

    static final byte[] PNG = png(64);

    @Autowired
    TestData data;

    @Autowired
    TenantService tenants;

    @Autowired
    InvitationService invitations;

    @Autowired
    AuditService audit;

    @Autowired
    OutboxService outbox;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aSlugMustBeThreeTo63LowercaseLettersDigitsOrHyphens() {
        AuthenticatedUser admin = admin();
        TestData.signIn(admin);
        for (String bad : List.of("", "ab", "-brand", "brand-", "bad slug", "brand_1", "é-brand", "a".repeat(64))) {
            assertRefused(
                    () -> tenants.create(bad, branding("Brand", "#123456")), Map.of("slug", "validation.slug-format"));
        }
        TenantSummary created = tenants.create("  Good-Brand-" + suffix() + " ", branding("Good brand", "#123456"));
        assertThat(created.slug()).startsWith("good-brand-").isLowerCase();
    }

    @Test
    void reservedSlugsAreRefused() {
        TestData.signIn(admin());
        for (String reserved : List.of("www", "api", "admin", "platform", "mail")) {
            assertRefused(
                    () -> tenants.create(reserved, branding("Brand", "#123456")),
                    Map.of("slug", "validation.slug-reserved"));
        }
    }

    @Test
    void aSlugAlreadyUsedByAnotherBrandIsRefused() {
        TestData.signIn(admin());
        String slug = "taken-" + suffix();
        tenants.create(slug, branding("First", "#123456"));

        assertRefused(
                () -> tenants.create(slug.toUpperCase(Locale.ROOT), branding("Second", "#654321")),
                Map.of("slug", "validation.slug-taken"));
    }

    @Test
    void theBrandColourMustBeHashAndSixHexDigits() {
        TestData.signIn(admin());
        for (String bad : Arrays.asList("red", "#12345", "#1234567", "123456", "#12345g", "", null)) {
            assertRefused(
                    () -> tenants.create("colour-" + suffix(), branding("Brand", bad)),
                    Map.of("brandColor", "validation.color-format"));
        }
        TenantSummary tenant = tenants.create("colour-" + suffix(), branding("Brand", "#ABCDEF"));
        assertThat(tenant.brandColor()).isEqualTo("#abcdef");
        assertRefused(
                () -> tenants.rebrand(tenant.id(), branding("Brand", "blue")),
                Map.of("brandColor", "validation.color-format"));
    }

    @Test
    void allFieldErrorsAreReportedTogether() {
        TestData.signIn(admin());

        assertThatThrownBy(() -> tenants.create("x", new TenantBranding(" ", null, "blue")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of(
                        "slug",
                        "validation.slug-format",
                        "name",
                        "validation.required",
                        "defaultLocale",
                        "validation.required",
                        "brandColor",
                        "validation.color-format"));
    }

    @Test
    void aPngLogoIsRecognisedByItsFirstBytesAndStored() {
        TestData.signIn(admin());
        TenantSummary tenant = tenants.create("logo-" + suffix(), branding("Logo", "#123456"));

        TenantSummary changed = tenants.replaceLogo(tenant.id(), new LogoUpload("logo.bin", PNG));

        assertThat(changed.hasLogo()).isTrue();
        assertThat(changed.logoVersion()).isEqualTo(1);
        StoredLogo stored = tenants.logo(tenant.slug()).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.content()).isEqualTo(PNG);
    }

    @Test
    void aTextFileAnSvgOrAnEmptyFileIsNotALogo() {
        TestData.signIn(admin());
        TenantSummary tenant = tenants.create("logo-" + suffix(), branding("Logo", "#123456"));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(
                () -> tenants.replaceLogo(tenant.id(), new LogoUpload("logo.png", "just text".getBytes())),
                Map.of("logo", "validation.upload-not-image"));
        assertRefused(
                () -> tenants.replaceLogo(tenant.id(), new LogoUpload("logo.svg", svg)),
                Map.of("logo", "validation.upload-not-image"));
        assertRefused(
                () -> tenants.replaceLogo(tenant.id(), new LogoUpload("logo.png", new byte[0])),
                Map.of("logo", "validation.upload-empty"));
        assertThat(tenants.findById(tenant.id()).orElseThrow().hasLogo()).isFalse();
    }

    @Test
    void aLogoOver512KbIsRefusedEvenWhenItIsAnImage() {
        TestData.signIn(admin());
        TenantSummary tenant = tenants.create("logo-" + suffix(), branding("Logo", "#123456"));

        tenants.replaceLogo(tenant.id(), new LogoUpload("max.png", png(logoPolicy.maxBytes())));
        assertRefused(
                () -> tenants.replaceLogo(tenant.id(), new LogoUpload("big.png", png(logoPolicy.maxBytes() + 1))),
                Map.of("logo", "validation.upload-too-large"));
    }

    @Test
    void suspendingNeedsAReasonOfThreeTo500Characters() {
        TestData.signIn(admin());
        TenantSummary tenant = tenants.create("suspend-" + suffix(), branding("Suspend", "#123456"));

        assertRefused(() -> tenants.suspend(tenant.id(), null), Map.of("reason", "validation.required"));
        assertRefused(() -> tenants.suspend(tenant.id(), "   "), Map.of("reason", "validation.required"));
        assertRefused(() -> tenants.suspend(tenant.id(), "no"), Map.of("reason", "validation.too-short"));
        assertRefused(() -> tenants.suspend(tenant.id(), "x".repeat(501)), Map.of("reason", "validation.too-long"));
        assertThat(tenants.findById(tenant.id()).orElseThrow().active()).isTrue();

        TenantSummary suspended = tenants.suspend(tenant.id(), "  Unpaid invoice  ");
        assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(suspended.suspensionReason()).isEqualTo("Unpaid invoice");

        TenantSummary active = tenants.reactivate(tenant.id());
        assertThat(active.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(active.suspensionReason()).isNull();
    }

    @Test
    void searchAndCountsPageInTheDatabase() {
        TestData.signIn(admin());
        String marker = suffix();
        tenants.create("alpha-" + marker, branding("Zeta " + marker, "#123456"));
        TenantSummary beta = tenants.create("beta-" + marker, branding("Yota " + marker, "#123456"));
        tenants.suspend(beta.id(), "Testing counts");

        var bySlug = tenants.search("ALPHA-" + marker, PageRequest.of(0, 10));
        var byName = tenants.search("yota " + marker, PageRequest.of(0, 10));
        var both = tenants.search(marker, PageRequest.of(0, 1, org.springframework.data.domain.Sort.by("name")));

        assertThat(bySlug.getContent()).extracting(TenantSummary::slug).containsExactly("alpha-" + marker);
        assertThat(byName.getContent()).extracting(TenantSummary::slug).containsExactly("beta-" + marker);
        assertThat(both.getTotalElements()).isEqualTo(2);
        assertThat(both.getContent()).extracting(TenantSummary::name).containsExactly("Yota " + marker);
        assertThat(tenants.count(TenantStatus.SUSPENDED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void brandManagersAmbassadorsAndMembersCannotCallPlatformMethods() {
        TenantSummary own = data.tenant("own");
        TenantSummary other = data.tenant("other");
        for (Role role : Role.values()) {
            AuthenticatedUser person = data.person(own, role, role.name().toLowerCase(Locale.ROOT) + "@own.example");
            TestData.signIn(person);
            List<ThrowingCallable> platformCalls = List.of(
                    () -> tenants.search("", PageRequest.of(0, 10)),
                    () -> tenants.count(TenantStatus.ACTIVE),
                    () -> tenants.create("sneaky-" + suffix(), branding("Sneaky", "#123456")),
                    () -> tenants.rebrand(other.id(), branding("Taken over", "#123456")),
                    () -> tenants.rebrand(own.id(), branding("Taken over", "#123456")),
                    () -> tenants.replaceLogo(other.id(), new LogoUpload("l.png", PNG)),
                    () -> tenants.suspend(other.id(), "Because I can"),
                    () -> tenants.reactivate(other.id()),
                    () -> invitations.inviteFirstManager(other.id(), "intruder@example.com"),
                    () -> audit.platformLog(PageRequest.of(0, 10)),
                    () -> outbox.latest(PageRequest.of(0, 10)));
            for (ThrowingCallable call : platformCalls) {
                assertThatThrownBy(call)
                        .as(role + " calling a platform method")
                        .isInstanceOf(AccessDeniedException.class);
            }
            TestData.signOut();
        }
        TenantSummary unchanged = tenants.findById(other.id()).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("other");
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.hasLogo()).isFalse();
    }

    @Test
    void platformActionsOnTenantsAreInThePlatformAuditLog() {
        AuthenticatedUser admin = admin();
        TestData.signIn(admin);
        String slug = "audited-" + suffix();

        TenantSummary tenant = tenants.create(slug, branding("Audited", "#123456"));
        tenants.rebrand(tenant.id(), branding("Audited again", "#654321"));
        tenants.replaceLogo(tenant.id(), new LogoUpload("l.png", PNG));
        tenants.suspend(tenant.id(), "Contract ended");
        tenants.reactivate(tenant.id());
        invitations.inviteFirstManager(tenant.id(), "first.manager@audited.example");

        List<AuditRecord> entries = audit.platformLog(PageRequest.of(0, 200)).getContent().stream()
                .filter(r -> r.target().equals(slug))
                .toList();
        assertThat(entries)
                .extracting(AuditRecord::action)
                .containsExactly(
                        "tenant.manager-invited",
                        "tenant.reactivated",
                        "tenant.suspended",
                        "tenant.logo-changed",
                        "tenant.updated",
                        "tenant.created");
        assertThat(entries).allSatisfy(r -> assertThat(r.actor()).isEqualTo(admin.email()));
        assertThat(entries.get(2).details()).isEqualTo("Contract ended");
        assertThat(entries.get(0).details()).isEqualTo("first.manager@audited.example");
    }

    private AuthenticatedUser admin() {
        return data.platformAdmin("ops-" + suffix() + "@ambassade.test");
    }

    private static TenantBranding branding(String name, String color) {
        return new TenantBranding(name, Locale.FRENCH, color);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static void assertRefused(ThrowingCallable call, Map<String, String> expected) {
        Consumer<Throwable> check =
                e -> assertThat(((InvalidInputException) e).fieldErrors()).containsAllEntriesOf(expected);
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).satisfies(check::accept);
    }
}
