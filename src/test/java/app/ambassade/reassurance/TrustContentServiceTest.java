package app.ambassade.reassurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.LogoUpload;
import app.ambassade.tenancy.TenantSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@AmbassadeTest
class TrustContentServiceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    TestData data;

    @Autowired
    TrustContentService content;

    @Autowired
    PolicyService policies;

    AuthenticatedUser managerA;
    AuthenticatedUser managerB;
    AuthenticatedUser memberA;

    @BeforeEach
    void seed() {
        TenantSummary a = data.tenant("trusta");
        TenantSummary b = data.tenant("trustb");
        managerA = data.person(a, Role.BRAND_MANAGER, "m@a.test");
        managerB = data.person(b, Role.BRAND_MANAGER, "m@b.test");
        memberA = data.person(a, Role.MEMBER, "member@a.test");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private static TrustLabelForm label(String name, String link, int order) {
        return new TrustLabelForm(name, TrustLabelKind.SECURE_PAYMENT, link, "Paid safely", order);
    }

    @Test
    void aLabelWithAJavascriptLinkIsRefusedAtTheLinkField() {
        TestData.signIn(managerA);
        assertThatThrownBy(() -> content.saveLabel(null, label("Secure", "javascript:alert(1)", 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("link", "trust.error.link"));
        assertThatThrownBy(() -> content.saveLabel(null, label("Secure", "data:text/html,x", 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> content.saveLabel(null, label("Secure", "//evil.example", 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(content.saveLabel(null, label("Secure", "https://pay.example/secure", 1))
                        .link())
                .isEqualTo("https://pay.example/secure");
    }

    @Test
    void aLabelImageMustBeARealImageOfAtMost512Kb() {
        TestData.signIn(managerA);
        long id = content.saveLabel(null, label("Secure", null, 1)).id();
        assertThatThrownBy(() -> content.replaceLabelImage(
                        id, new LogoUpload("x.svg", "<svg onload=alert(1)></svg>".getBytes())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("image", "validation.upload-not-image"));
        byte[] big = new byte[512 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> content.replaceLabelImage(id, new LogoUpload("big.png", big)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("image", "validation.upload-too-large"));
        assertThat(content.replaceLabelImage(id, new LogoUpload("ok.png", PNG)).hasImage())
                .isTrue();
    }

    @Test
    void labelsFactsAndQuestionsAreListedInTheirDisplayOrder() {
        TestData.signIn(managerA);
        content.saveLabel(null, label("Second", null, 20));
        content.saveLabel(null, label("First", null, 10));
        content.saveFact(null, new TransparencyFactForm(TransparencyFactKind.OTHER, "leaf", "Later fact", 5));
        content.saveFact(
                null, new TransparencyFactForm(TransparencyFactKind.DELIVERY_TIME, "truck", "Shipped in 48 h", 1));
        var byOrder = PageRequest.of(0, 10, Sort.by("displayOrder"));
        assertThat(content.labels(byOrder)).extracting(TrustLabelRow::name).containsExactly("First", "Second");
        assertThat(content.facts(byOrder))
                .extracting(TransparencyFactRow::text)
                .containsExactly("Shipped in 48 h", "Later fact");
        assertThatThrownBy(() -> content.saveFact(
                        null, new TransparencyFactForm(TransparencyFactKind.OTHER, "skull", "Text", 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("icon", "trust.error.icon"));
        assertThatThrownBy(() -> content.saveLabel(null, label("Negative", null, -1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("displayOrder", "trust.error.order"));
    }

    @Test
    void aManagerNeitherSeesNorChangesAnotherBrandsContent() {
        TestData.signIn(managerB);
        long labelB = content.saveLabel(null, label("B label", null, 1)).id();
        long faqB = content.saveFaq(null, new FaqForm("Orders", "Where is my order?", "In transit.", 1))
                .id();
        long factB = content.saveFact(null, new TransparencyFactForm(TransparencyFactKind.OTHER, "leaf", "B fact", 1))
                .id();

        TestData.signIn(managerA);
        assertThat(content.labels(PageRequest.of(0, 10))).isEmpty();
        assertThat(content.faq(PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> content.saveLabel(labelB, label("Hijack", null, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> content.saveFaq(faqB, new FaqForm("X", "Hijacked question", "x", 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> content.replaceLabelImage(labelB, new LogoUpload("ok.png", PNG)))
                .isInstanceOf(InvalidInputException.class);
        content.deleteLabel(labelB);
        content.deleteFact(factB);

        TestData.signIn(managerB);
        assertThat(content.labels(PageRequest.of(0, 10)))
                .extracting(TrustLabelRow::name)
                .containsExactly("B label");
        assertThat(content.facts(PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void membersCannotEditTrustContent() {
        TestData.signIn(memberA);
        assertThatThrownBy(() -> content.saveLabel(null, label("Secure", null, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policies.saveDraft(PolicyType.RETURN, "Returns within 30 days."))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editingMakesADraftAndPublishingMakesItCurrentWithWhoAndWhen() {
        TestData.signIn(managerA);
        assertThatThrownBy(() -> policies.publish(PolicyType.RETURN)).isInstanceOf(InvalidInputException.class);

        PolicyVersionRow draft = policies.saveDraft(PolicyType.RETURN, "Returns within 14 days.");
        assertThat(draft.published()).isFalse();
        assertThat(draft.number()).isEqualTo(1);
        assertThat(policies.current(PolicyType.RETURN)).isEmpty();

        PolicyVersionRow first = policies.publish(PolicyType.RETURN);
        assertThat(first.published()).isTrue();
        assertThat(first.publishedAt()).isNotNull();
        assertThat(first.publishedBy()).contains("m@a.test");

        policies.saveDraft(PolicyType.RETURN, "Returns within 30 days.");
        PolicyVersionRow again = policies.saveDraft(PolicyType.RETURN, "Returns within 30 days, free of charge.");
        assertThat(again.number()).isEqualTo(2);
        assertThat(policies.current(PolicyType.RETURN))
                .get()
                .extracting(PolicyVersionRow::body)
                .isEqualTo("Returns within 14 days.");

        policies.publish(PolicyType.RETURN);
        assertThat(policies.current(PolicyType.RETURN))
                .get()
                .extracting(PolicyVersionRow::number)
                .isEqualTo(2);
        assertThat(policies.history(PolicyType.RETURN))
                .extracting(PolicyVersionRow::number, PolicyVersionRow::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, true));
        assertThat(policies.history(PolicyType.DELIVERY)).isEmpty();

        TestData.signIn(managerB);
        assertThat(policies.history(PolicyType.RETURN)).isEmpty();
        assertThat(policies.current(PolicyType.RETURN)).isEmpty();
    }

    @Test
    void widgetOriginsMustBeBareHttpOrigins() {
        assertThat(WidgetSettingsService.parseOrigins("https://shop.example.com/\nhttp://localhost:5500"))
                .containsExactly("https://shop.example.com", "http://localhost:5500");
        assertThatThrownBy(() -> WidgetSettingsService.parseOrigins("https://shop.example.com/path"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> WidgetSettingsService.parseOrigins("*")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> WidgetSettingsService.parseOrigins("javascript:alert(1)"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> WidgetSettingsService.parseOrigins("https://shop.example.com\n".repeat(300)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too-many-origins");
    }

    @Autowired
    WidgetSettingsService widgets;

    @Test
    void aRegeneratedWidgetKeyReplacesTheOldOneAndStartsWithTheBrandSlug() {
        TestData.signIn(managerA);
        String before = widgets.current().key();
        assertThat(before).startsWith(managerA.tenantSlug() + "-");
        assertThat(widgets.current().key()).isEqualTo(before);
        String after = widgets.regenerateKey().key();
        assertThat(after).isNotEqualTo(before).startsWith(managerA.tenantSlug() + "-");
        assertThat(widgets.saveOrigins("https://shop.a.test").allowedOrigins()).containsExactly("https://shop.a.test");
        TestData.signIn(managerB);
        assertThat(widgets.current().key()).startsWith(managerB.tenantSlug() + "-");
        assertThat(widgets.current().allowedOrigins()).isEmpty();
    }
}
