package app.ambassade.tenancy;

import app.ambassade.shared.upload.ImageTypes;
import app.ambassade.shared.validation.InvalidInputException;

/**
 * Accepts PNG, JPEG, GIF and WebP images up to 512 KB, recognised by their first bytes rather
 * than by the name or the type the browser claims ({@link ImageTypes}). SVG is refused: it can carry scripts.
 */
public final class LogoPolicy {

    public static final int MAX_BYTES = 512 * 1024;

    private LogoPolicy() {}

    public static String check(LogoUpload upload, String field) {
        byte[] bytes = upload == null ? null : upload.content();
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(field, "validation.upload-empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "validation.upload-too-large");
        }
        return ImageTypes.sniff(bytes)
                .orElseThrow(() -> InvalidInputException.of(field, "validation.upload-not-image"));
    }
}
