package app.ambassade.community;

import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import org.springframework.stereotype.Component;

/** Images for covers and posts follow the logo rules: PNG/JPEG/GIF/WebP by content, up to the configured size. */
@Component
public class CommunityImages {

    private final LogoPolicy policy;

    CommunityImages(LogoPolicy policy) {
        this.policy = policy;
    }

    public int maxBytes() {
        return policy.maxBytes();
    }

    /** The sniffed content type, or an {@link InvalidInputException} at the field. */
    String check(ImageUpload upload, String field) {
        return policy.check(new LogoUpload(upload.fileName(), upload.content()), field);
    }
}
