package app.ambassade.reassurance;

/** The policies a brand publishes; each has its own version history. */
public enum PolicyType {
    RETURN,
    DELIVERY,
    PRIVACY;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<PolicyType> ofSlug(String slug) {
        for (PolicyType type : values()) {
            if (type.slug().equals(slug)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
