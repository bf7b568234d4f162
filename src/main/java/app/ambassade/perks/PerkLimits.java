package app.ambassade.perks;

import app.ambassade.shared.config.UploadSizes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What a brand manager may upload for a perk: the file of dedicated content, and a CSV file of single-use
 * codes (its size and how many codes it holds; one import is one transaction). Pictures follow
 * {@code ambassade.images.max-size}.
 */
@Validated
@ConfigurationProperties("ambassade.perks")
public record PerkLimits(
        @DefaultValue("5MB") DataSize downloadMaxSize,
        @DefaultValue("1MB") DataSize codesFileMaxSize,
        @DefaultValue("10000") @Min(1) @Max(1_000_000) int codesPerImport) {

    public PerkLimits {
        UploadSizes.bytes("ambassade.perks.download-max-size", downloadMaxSize);
        UploadSizes.bytes("ambassade.perks.codes-file-max-size", codesFileMaxSize);
    }

    public int downloadMaxBytes() {
        return (int) downloadMaxSize.toBytes();
    }

    public int codesFileMaxBytes() {
        return (int) codesFileMaxSize.toBytes();
    }
}
