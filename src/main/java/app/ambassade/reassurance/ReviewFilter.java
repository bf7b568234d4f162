package app.ambassade.reassurance;

/** Moderation queue filter; null fields mean "any". */
public record ReviewFilter(ReviewStatus status, Integer rating) {

    public static ReviewFilter any() {
        return new ReviewFilter(null, null);
    }
}
