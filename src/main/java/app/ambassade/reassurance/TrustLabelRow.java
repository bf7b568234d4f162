package app.ambassade.reassurance;

/** A trust label as listed; {@code imageTag} changes when the image does (null without image). */
public record TrustLabelRow(
        long id, String name, TrustLabelKind kind, String link, String description, int displayOrder, String imageTag) {

    public boolean hasImage() {
        return imageTag != null;
    }
}
