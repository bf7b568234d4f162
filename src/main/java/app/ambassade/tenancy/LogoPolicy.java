package app.ambassade.tenancy;

import app.ambassade.shared.upload.ImageTypes;
import app.ambassade.shared.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Accepts PNG, JPEG, GIF and WebP images up to {@link ImageLimits#maxSize()}, recognised by their first
 * bytes rather than by the name or the type the browser claims ({@link ImageTypes}). SVG is refused: it
 * can carry scripts.
 */
@Component
public class LogoPolicy {

    private final int maxBytes;

    public LogoPolicy(ImageLimits limits) {
        this.maxBytes = limits.maxBytes();
    }

    public int maxBytes() {
        return maxBytes;
    }

    public String check(LogoUpload upload, String field) {
        byte[] bytes = upload == null ? null : upload.content();
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(field, "validation.upload-empty");
        }
        if (bytes.length > maxBytes) {
            throw InvalidInputException.of(field, "validation.upload-too-large");
        }
        return ImageTypes.sniff(bytes)
                .orElseThrow(() -> InvalidInputException.of(field, "validation.upload-not-image"));
    }
}
