package app.ambassade.tenancy;

import app.ambassade.shared.config.UploadSizes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Largest picture people may upload: logos, trust-label images, community covers and post images, perk
 * pictures ({@code ambassade.images.max-size}, 512 KB unless configured).
 */
@ConfigurationProperties("ambassade.images")
public record ImageLimits(@DefaultValue("512KB") DataSize maxSize) {

    public ImageLimits {
        UploadSizes.bytes("ambassade.images.max-size", maxSize);
    }

    public int maxBytes() {
        return (int) maxSize.toBytes();
    }
}
