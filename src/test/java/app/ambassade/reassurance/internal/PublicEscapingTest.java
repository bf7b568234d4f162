package app.ambassade.reassurance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.reassurance.FaqRow;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.reassurance.PublicTrust;
import app.ambassade.reassurance.TransparencyFactKind;
import app.ambassade.reassurance.TransparencyFactRow;
import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantStatus;
import app.ambassade.tenancy.TenantSummary;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Brand-written text with markup, quotes and ampersands: escaped once in the HTML, intact in the JSON. */
class PublicEscapingTest {

    static final String NAME = "Lumière & Co <script>alert(\"name\")</script>";
    static final String LABEL = "Label \"quoted\" & 'single' <img src=x onerror=alert(1)>";
    static final String LINK = "https://labels.test/?a=1&b=\"2\"";

    private final TranslationProvider i18n = new TranslationProvider();
    private final PublicTrustPages pages = new PublicTrustPages(
            TemplateEngine.createPrecompiled(ContentType.Html),
            i18n,
            new app.ambassade.tenancy.TenantHosts("http://localhost:8080"));

    static PublicTrust trust() {
        TenantSummary tenant = new TenantSummary(
                7,
                "lumiere",
                NAME,
                Locale.ENGLISH,
                "#1f4fbf",
                TenantStatus.ACTIVE,
                null,
                false,
                0,
                Instant.parse("2026-11-01T10:00:00Z"));
        PolicyVersionRow returns = new PolicyVersionRow(
                1,
                PolicyType.RETURN,
                2,
                "Returns </div><script>x()</script>",
                true,
                Instant.parse("2026-11-02T10:00:00Z"),
                Instant.parse("2026-11-02T10:00:00Z"),
                "claire");
        return new PublicTrust(
                tenant,
                List.of(new TrustLabelRow(3, LABEL, TrustLabelKind.OTHER, LINK, "<b>bold</b> & \"more\"", 1, null)),
                List.of(new TransparencyFactRow(4, TransparencyFactKind.OTHER, "truck", "48 h <i>&</i> \"free\"", 1)),
                Map.of(PolicyType.RETURN, returns),
                Map.of(PolicyType.RETURN, List.of(1)),
                List.of(new FaqRow(
                        5,
                        "Orders & <u>returns</u>",
                        "Why \"this\"?<script>q()</script>",
                        "Because **we** <script>a()</script> care",
                        1)),
                Optional.empty());
    }

    @Test
    void brandTextIsEscapedInElementsAndAttributesAndNeverTwice() {
        String html = pages.page(trust(), Locale.ENGLISH);
        assertThat(html)
                .doesNotContain("<script", "<img src=x", "<b>bold", "<i>&", "<u>returns", "&amp;amp;")
                .contains("Lumière &amp; Co &lt;script&gt;alert(\"name\")&lt;/script&gt;")
                .contains("Label \"quoted\" &amp; 'single' &lt;img src=x onerror=alert(1)&gt;")
                .contains("href=\"https://labels.test/?a=1&amp;b=&#34;2&#34;\"")
                .contains(
                        "&lt;b&gt;bold&lt;/b&gt; &amp; \"more\"",
                        "48 h &lt;i&gt;&amp;&lt;/i&gt; \"free\"",
                        "Orders &amp; &lt;u&gt;returns&lt;/u&gt;",
                        "<strong>we</strong>")
                .contains("<meta name=\"description\" content=\"", "&lt;script>alert(&#34;name&#34;)");
        assertThat(pages.policyVersion(trust(), trust().policies().get(PolicyType.RETURN), Locale.FRENCH))
                .doesNotContain("<script")
                .contains("<html lang=\"fr\"", "Lumière &amp; Co");
    }

    @Test
    void theEmbedPageEscapesTheKeyInItsAttribute() {
        assertThat(pages.embed("k\"><script>x()</script>", Locale.ENGLISH))
                .doesNotContain("<script>x")
                .contains("data-key=\"k&#34;>&lt;script>x()&lt;/script>\"");
    }

    @Test
    void theWidgetJsonIsValidKeepsTheTextAndHasNoMarkupCharacters() {
        WidgetController widget = new WidgetController(
                null,
                null,
                new TenantHosts("http://localhost:8080"),
                null,
                i18n,
                JsonMapper.builder().build(),
                new RenderedAnswers());
        String json = widget.json(trust(), Locale.ENGLISH);
        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003C", "\\\"quoted\\\"");
        JsonNode tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("brand").asString()).isEqualTo(NAME);
        assertThat(tree.get("labels").get(0).get("name").asString()).isEqualTo(LABEL);
        assertThat(tree.get("labels").get(0).get("link").asString()).isEqualTo(LINK);
        assertThat(tree.get("facts").get(0).get("text").asString()).isEqualTo("48 h <i>&</i> \"free\"");
        assertThat(tree.get("reviews").isNull()).isTrue();
        assertThat(tree.get("policies").get(0).get("url").asString())
                .isEqualTo("http://lumiere.localhost:8080/trust/policies/return/versions/2?lang=en");
        assertThat(json).startsWith("{\"brand\":").contains("\"heading\":");
    }
}
