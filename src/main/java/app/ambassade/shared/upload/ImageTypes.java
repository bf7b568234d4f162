package app.ambassade.shared.upload;

import java.util.Optional;

/**
 * Recognises PNG, JPEG, GIF and WebP images by their first bytes (magic numbers), never by the
 * file name or the type the browser claims. Anything else, SVG included (it can carry scripts),
 * is not an image here.
 */
public final class ImageTypes {

    /** What the browser's file chooser offers; the server decides again with {@link #sniff}. */
    public static final String[] BROWSER_ACCEPT = {
        "image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg", ".gif", ".webp"
    };

    private ImageTypes() {}

    /** The content type of the image these bytes start with, or empty if they are no accepted image. */
    public static Optional<String> sniff(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12
                && starts(b, 'R', 'I', 'F', 'F')
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
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
