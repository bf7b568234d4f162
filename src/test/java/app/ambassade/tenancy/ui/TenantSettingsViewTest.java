package app.ambassade.tenancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.identity.ui.LoginView;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class TenantSettingsViewTest extends KaribuTest {

    /** The smallest valid PNG: a 1x1 transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    TenantService tenants;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        signIn(managerA);
    }

    private TenantSettingsView open() {
        UI.getCurrent().navigate("settings");
        return _get(TenantSettingsView.class);
    }

    @Test
    void theFormShowsTheManagersOwnBrand() {
        TenantSettingsView view = open();

        assertThat(view.name.getValue()).isEqualTo("alpha");
        assertThat(view.brandColor.getValue()).isEqualTo("#123456");
        assertThat(view.defaultLanguage.getValue()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void savingChangesNameColourAndLanguageOfTheManagersBrandOnly() {
        TenantSettingsView view = open();

        _setValue(view.name, "  Maison Nouvelle ");
        _setValue(view.brandColor, "#AA3366");
        _setValue(view.defaultLanguage, Locale.ENGLISH);
        _click(view.save);

        TenantSummary saved = tenants.findById(a.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Maison Nouvelle");
        assertThat(saved.brandColor()).isEqualTo("#aa3366");
        assertThat(saved.defaultLocale()).isEqualTo(Locale.ENGLISH);
        TenantSummary other = tenants.findById(b.id()).orElseThrow();
        assertThat(other.name()).isEqualTo("beta");
        assertThat(other.brandColor()).isEqualTo("#123456");
    }

    @Test
    void aBadColourIsRefusedAtTheFieldAndEverythingTypedStays() {
        TenantSettingsView view = open();

        _setValue(view.name, "Maison Nouvelle");
        _setValue(view.brandColor, "rouge");
        _click(view.save);

        assertThat(view.brandColor.isInvalid()).isTrue();
        assertThat(view.brandColor.getErrorMessage()).isEqualTo("Use a colour in the form #RRGGBB, such as #b5476b.");
        assertThat(view.brandColor.getValue()).isEqualTo("rouge");
        assertThat(view.name.getValue()).isEqualTo("Maison Nouvelle");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(tenants.findById(a.id()).orElseThrow().name()).isEqualTo("alpha");
    }

    @Test
    void anEmptyNameIsRefusedAtTheField() {
        TenantSettingsView view = open();

        _setValue(view.name, " ");
        _click(view.save);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("This field is required.");
    }

    @Test
    void aLogoThatIsNotAnImageIsRefusedWhateverItsName() {
        TenantSettingsView view = open();

        UploadKt._upload(
                view.logoUpload,
                "logo.png",
                "image/png",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(view.logoMessage.getText()).isEqualTo("Use a PNG, JPEG, GIF or WebP image.");
        _click(view.save);
        assertThat(tenants.findById(a.id()).orElseThrow().hasLogo()).isFalse();
    }

    @Test
    void aLogoLargerThan512KbIsRefused() {
        TenantSettingsView view = open();
        byte[] large = Arrays.copyOf(PNG, 600 * 1024);

        UploadKt._upload(view.logoUpload, "big.png", "image/png", large);

        assertThat(view.logoMessage.getText()).isEqualTo("The file is too large.");
    }

    @Test
    void theBrowserRefusesALogoOverTheConfiguredSizeAndTheHelpNamesIt() {
        TenantSettingsView view = open();

        assertThat(view.logoUpload.getMaxFileSize()).isEqualTo(512 * 1024);
        assertThat(view.logoUpload.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is larger than 512 KB.");
        assertThat(view.getElement().getTextRecursively()).contains("up to 512 KB");
    }

    @Test
    void anImageLogoIsStoredWhenSaving() {
        TenantSettingsView view = open();

        UploadKt._upload(view.logoUpload, "logo.png", "image/png", PNG);
        assertThat(view.logoMessage.getText()).isEqualTo("logo.png is ready: save to apply it.");
        assertThat(tenants.findById(a.id()).orElseThrow().hasLogo()).isFalse();
        _click(view.save);

        assertThat(tenants.findById(a.id()).orElseThrow().hasLogo()).isTrue();
        assertThat(tenants.logo(a.slug()).orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(tenants.findById(b.id()).orElseThrow().hasLogo()).isFalse();
    }

    @Test
    void theBrandsLoginPageShowsTheNewNameAfterSaving() {
        TenantSettingsView view = open();
        _setValue(view.name, "Maison Nouvelle");
        _click(view.save);

        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        onHost(a.slug());
        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Maison Nouvelle");
    }

    @Test
    void theViewSpeaksFrench() {
        useLocale(Locale.FRENCH);
        TenantSettingsView view = open();

        assertThat(view.getPageTitle()).isEqualTo("Réglages de la marque");
        assertThat(view.save.getText()).isEqualTo("Enregistrer");
    }
}
