package app.ambassade.reassurance;

/** What a trust label vouches for. */
public enum TrustLabelKind {
    SECURE_PAYMENT,
    QUALITY_LABEL,
    CERTIFICATION,
    OTHER
}
