package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerksFixtures;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The sizes an operator configures reach the browser's check, the texts and the service's refusal. */
@TestPropertySource(properties = {"ambassade.images.max-size=100KB", "ambassade.perks.download-max-size=1536KB"})
class ConfiguredUploadLimitsTest extends KaribuTest {

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Autowired
    PerkCatalogue catalogue;

    @Test
    void aPerkPictureAndFileAreBoundByTheConfiguredSizes() {
        TenantSummary tenant = data.tenant("limits");
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "boss@limits.example");
        signIn(manager);
        useLocale(Locale.ENGLISH);
        TestData.signIn(manager);
        long id = catalogue.create(PerksFixtures.codesForm("Configured preview"));
        UI.getCurrent().navigate("manage/perks/" + id + "/edit");
        PerkUploads uploads = _get(PerkEditorView.class).uploads;

        assertThat(uploads.image.getMaxFileSize()).isEqualTo(100 * 1024);
        assertThat(uploads.imageStatus.getLabel()).isEqualTo("Picture (PNG, JPEG, GIF or WebP, 100 KB at most)");
        assertThat(uploads.file.getMaxFileSize()).isEqualTo(1536 * 1024);
        assertThat(uploads.file.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is larger than 1.5 MB.");

        UploadKt._upload(uploads.image, "big.png", "image/png", png(100 * 1024 + 1));
        assertThat(uploads.imageStatus.getErrorMessage()).isEqualTo("The file is too large.");
        UploadKt._upload(uploads.image, "max.png", "image/png", png(100 * 1024));
        assertThat(uploads.imageStatus.isInvalid()).isFalse();
        assertThat(uploads.hasImage()).isTrue();
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PNG_START, 0, bytes, 0, PNG_START.length);
        return bytes;
    }
}
