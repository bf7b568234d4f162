package app.ambassade.shared.ui;

import com.vaadin.flow.component.Component;

/** A size limit as people read it, in their language: "512 KB", "1,5 Mo". */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSizes() {}

    public static String text(Component in, long bytes) {
        if (bytes >= MB) {
            return in.getTranslation("upload.size.mb", rounded(bytes, MB));
        }
        if (bytes >= KB) {
            return in.getTranslation("upload.size.kb", rounded(bytes, KB));
        }
        return in.getTranslation("upload.size.b", bytes);
    }

    /** One decimal at most, never rounded up past the limit. */
    private static double rounded(long bytes, long unit) {
        return Math.floor(bytes * 10.0 / unit) / 10.0;
    }
}
