package app.ambassade.perks;

import app.ambassade.shared.upload.ImageTypes;
import app.ambassade.shared.validation.InvalidInputException;
import java.util.Optional;

/**
 * What may be uploaded: pictures by the logo rules, downloads as PDF, image or ZIP recognised by their bytes,
 * each up to its configured size ({@link PerkLimits}, {@code ImageLimits}).
 */
final class PerkFiles {

    private PerkFiles() {}

    static String checkImage(FileUpload upload, String field, int maxBytes) {
        byte[] content = content(upload, field);
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "validation.upload-too-large");
        }
        return ImageTypes.sniff(content)
                .orElseThrow(() -> InvalidInputException.of(field, "validation.upload-not-image"));
    }

    static String checkDownload(FileUpload upload, String field, int maxBytes) {
        byte[] content = content(upload, field);
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "validation.upload-too-large");
        }
        return sniffDownload(content).orElseThrow(() -> InvalidInputException.of(field, "perks.error.file-type"));
    }

    static Optional<String> sniffDownload(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return Optional.of("application/zip");
        }
        return ImageTypes.sniff(b);
    }

    /** A file name safe to send back in a download header: no path, no control or quote characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static byte[] content(FileUpload upload, String field) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw InvalidInputException.of(field, "validation.required");
        }
        return upload.content();
    }
}
