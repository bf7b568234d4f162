package app.ambassade.community;

import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;

/** Images for covers and posts follow the logo rules: at most 512 KB, PNG/JPEG/GIF/WebP by content. */
public final class CommunityImages {

    public static final int MAX_BYTES = LogoPolicy.MAX_BYTES;

    private CommunityImages() {}

    /** The sniffed content type, or an {@link InvalidInputException} at the field. */
    static String check(ImageUpload upload, String field) {
        return LogoPolicy.check(new LogoUpload(upload.fileName(), upload.content()), field);
    }
}
