package app.ambassade.shared.config;

import org.springframework.util.unit.DataSize;

/** Bounds for upload sizes read from configuration, so that a wrong setting stops the start-up with its name. */
public final class UploadSizes {

    /**
     * Files are stored in MEDIUMBLOB columns (less than 16 MB), and MariaDB's default
     * {@code max_allowed_packet} is 16 MB: a larger setting would only fail later, at the database.
     */
    public static final DataSize LARGEST = DataSize.ofMegabytes(15);

    private UploadSizes() {}

    /** The size in bytes, or an exception naming the property when it is not between 1 KB and {@link #LARGEST}. */
    public static int bytes(String property, DataSize size) {
        if (size == null || size.toBytes() < 1024 || size.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException(
                    property + " must be between 1KB and " + LARGEST.toMegabytes() + "MB, not " + size);
        }
        return (int) size.toBytes();
    }
}
