package app.ambassade.tenancy;

import app.ambassade.shared.validation.InvalidInputException;
import java.util.Optional;

/**
 * Accepts PNG, JPEG, GIF and WebP images up to 512 KB, recognised by their first bytes rather
 * than by the name or the type the browser claims. SVG is refused: it can carry scripts.
 */
public final class LogoPolicy {

    public static final int MAX_BYTES = 512 * 1024;

    private LogoPolicy() {
    }

    public static String check(LogoUpload upload, String field) {
        byte[] bytes = upload == null ? null : upload.content();
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(field, "validation.upload-empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "validation.upload-too-large");
        }
        return sniff(bytes).orElseThrow(() -> InvalidInputException.of(field, "validation.upload-not-image"));
    }

    static Optional<String> sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
