package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.shared.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class PerkLimitsTest {

    @Configuration
    @EnableConfigurationProperties(PerkLimits.class)
    static class Limits {}

    private final ApplicationContextRunner boot = new ApplicationContextRunner().withUserConfiguration(Limits.class);

    @Test
    void withoutSettingTheLimitsAreA5MbFileAnd10000CodesInA1MbFile() {
        boot.run(context -> {
            PerkLimits limits = context.getBean(PerkLimits.class);
            assertThat(limits.downloadMaxBytes()).isEqualTo(5 * 1024 * 1024);
            assertThat(limits.codesFileMaxBytes()).isEqualTo(1024 * 1024);
            assertThat(limits.codesPerImport()).isEqualTo(10_000);
        });
    }

    @Test
    void aFileOverTheConfiguredDownloadSizeIsRefused() {
        boot.withPropertyValues("ambassade.perks.download-max-size=2KB").run(context -> {
            int max = context.getBean(PerkLimits.class).downloadMaxBytes();

            assertThat(PerkFiles.checkDownload(new FileUpload("ok.pdf", pdf(2048)), "file", max))
                    .isEqualTo("application/pdf");
            assertThatThrownBy(() -> PerkFiles.checkDownload(new FileUpload("big.pdf", pdf(2049)), "file", max))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("file", "validation.upload-too-large"));
        });
    }

    @Test
    void aCodesFileOverTheConfiguredSizeOrCountIsRefused() {
        boot.withPropertyValues("ambassade.perks.codes-file-max-size=1KB", "ambassade.perks.codes-per-import=3")
                .run(context -> {
                    PerkLimits limits = context.getBean(PerkLimits.class);

                    assertThat(CodeImport.parse(csv("A\nB\nC\n"), limits)).containsExactly("A", "B", "C");
                    assertThat(problems(() -> CodeImport.parse(csv("A\nB\nC\nD\n"), limits)))
                            .containsExactly("perks.codes.error.too-many");
                    byte[] large = new byte[1025];
                    Arrays.fill(large, (byte) 'A');
                    assertThat(problems(() -> CodeImport.parse(large, limits)))
                            .containsExactly("perks.codes.error.too-large");
                });
    }

    @Test
    void aWrongLimitStopsTheStartUpWithThePropertyName() {
        String[][] wrong = {
            {"ambassade.perks.codes-per-import=0", "codesPerImport"},
            {"ambassade.perks.codes-per-import=-5", "codesPerImport"},
            {"ambassade.perks.codes-per-import=2000000", "codesPerImport"},
            {"ambassade.perks.download-max-size=0", "ambassade.perks.download-max-size must be between"},
            {"ambassade.perks.codes-file-max-size=20MB", "ambassade.perks.codes-file-max-size must be between"}
        };
        for (String[] setting : wrong) {
            boot.withPropertyValues(setting[0])
                    .run(context -> assertThat(context.getStartupFailure())
                            .as(setting[0])
                            .isNotNull()
                            .satisfies(failure -> assertThat(messages(failure)).contains(setting[1])));
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static java.util.List<String> problems(Runnable parse) {
        try {
            parse.run();
        } catch (CodeImportRefused e) {
            return e.problems().stream().map(CodeImportRefused.Problem::key).toList();
        }
        throw new AssertionError("the file was accepted");
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
        return bytes;
    }
}
