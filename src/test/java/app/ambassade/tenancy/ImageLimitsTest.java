package app.ambassade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.shared.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ImageLimitsTest {

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Configuration
    @EnableConfigurationProperties(ImageLimits.class)
    @Import(LogoPolicy.class)
    static class Images {}

    private final ApplicationContextRunner boot = new ApplicationContextRunner().withUserConfiguration(Images.class);

    @Test
    void withoutSettingAPictureMayWeigh512Kb() {
        boot.run(context ->
                assertThat(context.getBean(LogoPolicy.class).maxBytes()).isEqualTo(512 * 1024));
    }

    @Test
    void theConfiguredSizeIsTheOneAPictureIsRefusedAbove() {
        boot.withPropertyValues("ambassade.images.max-size=2KB").run(context -> {
            LogoPolicy policy = context.getBean(LogoPolicy.class);

            assertThat(policy.check(new LogoUpload("max.png", png(2048)), "logo"))
                    .isEqualTo("image/png");
            assertThatThrownBy(() -> policy.check(new LogoUpload("big.png", png(2049)), "logo"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("logo", "validation.upload-too-large"));
        });
    }

    @Test
    void aSizeOfNothingOrBeyondTheDatabaseColumnStopsTheStartUpWithThePropertyName() {
        for (String wrong : new String[] {"0", "-1KB", "512B", "16MB"}) {
            boot.withPropertyValues("ambassade.images.max-size=" + wrong)
                    .run(context -> assertThat(context.getStartupFailure())
                            .as(wrong)
                            .isNotNull()
                            .satisfies(failure -> assertThat(messages(failure))
                                    .contains("ambassade.images.max-size must be between 1KB and 15MB")));
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PNG_START, 0, bytes, 0, PNG_START.length);
        return bytes;
    }
}
