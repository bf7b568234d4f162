package app.ambassade.reassurance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.reassurance.PolicyService;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.reassurance.TrustContentService;
import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.reassurance.WidgetSettingsService;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class TrustManagerViewsTest extends KaribuTest {

    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    TrustContentService content;

    @Autowired
    PolicyService policies;

    @Autowired
    WidgetSettingsService widgets;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;

    @BeforeEach
    void seed() {
        a = data.tenant("viewa");
        b = data.tenant("viewb");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@viewa.test");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@viewb.test");
    }

    private <T extends com.vaadin.flow.component.Component> T open(String path, Class<T> view) {
        UI.getCurrent().navigate(path);
        return _get(view);
    }

    @Test
    void anUnsafeLinkIsRefusedAtTheFieldAndWhatWasTypedStays() {
        signIn(managerA);
        TrustLabelsView view = open("manage/trust/labels", TrustLabelsView.class);
        _setValue(view.name, "Secure payment");
        _setValue(view.link, "javascript:alert(1)");
        _setValue(view.description, "3-D Secure");
        _click(view.save);

        assertThat(view.link.isInvalid()).isTrue();
        assertThat(view.link.getErrorMessage()).contains("http");
        assertThat(view.link.getValue()).isEqualTo("javascript:alert(1)");
        assertThat(view.name.getValue()).isEqualTo("Secure payment");
        assertThat(view.description.getValue()).isEqualTo("3-D Secure");
        TestData.signIn(managerA);
        assertThat(content.labels(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aLabelIsSavedWithItsImageAndANonImageIsRefused() {
        signIn(managerA);
        TrustLabelsView view = open("manage/trust/labels", TrustLabelsView.class);
        UploadKt._upload(view.image, "x.svg", "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8));
        assertThat(view.imageMessage.getText()).contains("PNG");
        UploadKt._upload(view.image, "ok.png", "image/png", PNG);
        _setValue(view.name, "Quality label");
        _setValue(view.kind, TrustLabelKind.QUALITY_LABEL);
        _setValue(view.link, "https://label.example");
        _click(view.save);

        assertThat(view.name.isInvalid()).isFalse();
        List<TrustLabelRow> saved = content.labels(PageRequest.of(0, 10)).getContent();
        assertThat(saved).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Quality label");
            assertThat(row.hasImage()).isTrue();
        });
        TestData.signIn(managerB);
        assertThat(content.labels(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aTooShortPolicyIsRefusedAtTheFieldAndPublishingMakesTheCurrentVersion() {
        signIn(managerA);
        PolicyEditorView view = open("manage/trust/policies", PolicyEditorView.class);
        _setValue(view.body, "Short");
        _click(view.publish);
        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getValue()).isEqualTo("Short");

        _setValue(view.body, "Returns accepted within **30 days**.");
        _click(view.saveDraft);
        assertThat(policies.current(PolicyType.RETURN)).isEmpty();
        _click(view.publish);
        assertThat(policies.current(PolicyType.RETURN))
                .get()
                .extracting(PolicyVersionRow::body)
                .isEqualTo("Returns accepted within **30 days**.");

        TestData.signIn(managerB);
        assertThat(policies.history(PolicyType.RETURN)).isEmpty();
    }

    @Test
    void theWidgetViewShowsTheBrandsSnippetAndRefusesAWildcardOrigin() {
        signIn(managerA);
        WidgetSettingsView view = open("manage/trust/widget", WidgetSettingsView.class);
        assertThat(view.snippet.getValue()).contains("/widget.js", "data-key=\"" + a.slug() + "-");
        assertThat(view.preview.getSrc()).isEqualTo("/trust/embed");

        _setValue(view.origins, "*");
        _click(view.saveOrigins);
        assertThat(view.origins.isInvalid()).isTrue();
        assertThat(view.origins.getValue()).isEqualTo("*");

        _setValue(view.origins, "https://shop.viewa.test/");
        _click(view.saveOrigins);
        assertThat(view.origins.isInvalid()).isFalse();
        assertThat(view.origins.getValue()).isEqualTo("https://shop.viewa.test");
    }

    @Test
    void theFactsAndFaqViewsSaveForTheManagersBrandOnly() {
        signIn(managerA);
        TransparencyFactsView facts = open("manage/trust/facts", TransparencyFactsView.class);
        _setValue(facts.text, "Shipped within 48 hours");
        _click(facts.save);
        assertThat(facts.text.isInvalid()).isFalse();
        FaqView faq = open("manage/trust/faq", FaqView.class);
        _setValue(faq.category, "Orders");
        _setValue(faq.question, "Hi?");
        _setValue(faq.answer, "Yes.");
        _click(faq.save);
        assertThat(faq.question.isInvalid()).isTrue();
        assertThat(faq.question.getValue()).isEqualTo("Hi?");
        _setValue(faq.question, "Can I return a gift?");
        _click(faq.save);
        assertThat(faq.question.isInvalid()).isFalse();

        TestData.signIn(managerA);
        assertThat(content.facts(PageRequest.of(0, 10))).hasSize(1);
        assertThat(content.faq(PageRequest.of(0, 10))).hasSize(1);
        TestData.signIn(managerB);
        assertThat(content.facts(PageRequest.of(0, 10))).isEmpty();
        assertThat(content.faq(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void membersAndAmbassadorsEndOnTheNotFoundPage() {
        for (Role role : List.of(Role.MEMBER, Role.AMBASSADOR)) {
            signIn(data.person(a, role, role.name().toLowerCase() + "@viewa.test"));
            for (String path : List.of(
                    "manage/trust/labels",
                    "manage/trust/policies",
                    "manage/trust/facts",
                    "manage/trust/faq",
                    "manage/trust/widget")) {
                UI.getCurrent().navigate(path);
                assertThat(UI.getCurrent().getCurrentView())
                        .as(role + " " + path)
                        .isInstanceOf(NotFoundView.class);
            }
        }
    }
}
