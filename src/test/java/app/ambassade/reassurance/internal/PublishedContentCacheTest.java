package app.ambassade.reassurance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.Role;
import app.ambassade.reassurance.TrustContentService;
import app.ambassade.reassurance.TrustLabelForm;
import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** A brand's published content is read once per cache period, for each brand apart. */
@AmbassadeTest
@Import(MutableClockConfig.class)
@TestPropertySource(properties = "ambassade.public.content-cache=PT10S")
class PublishedContentCacheTest {

    @Autowired
    PublicTrustContent content;

    @Autowired
    TrustContentService trust;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aChangeShowsOnceTheCachePeriodIsOverAndEachBrandHasItsOwnContent() {
        TenantSummary brand = data.tenant("cached");
        TenantSummary other = data.tenant("uncached");
        TestData.signIn(data.person(brand, Role.BRAND_MANAGER, "m@cached.test"));
        label("First label");
        assertThat(labelsOf(brand)).containsExactly("First label");

        label("Second label");
        assertThat(labelsOf(brand)).as("within the period").containsExactly("First label");
        assertThat(labelsOf(other)).as("another brand").isEmpty();

        clock.advance(Duration.ofSeconds(11));
        assertThat(labelsOf(brand)).containsExactly("First label", "Second label");
    }

    private void label(String name) {
        trust.saveLabel(null, new TrustLabelForm(name, TrustLabelKind.QUALITY_LABEL, null, null, 1));
    }

    private List<String> labelsOf(TenantSummary brand) {
        return content.published(brand).labels().stream()
                .map(TrustLabelRow::name)
                .toList();
    }
}
