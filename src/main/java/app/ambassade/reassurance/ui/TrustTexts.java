package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.TransparencyFactKind;
import app.ambassade.reassurance.TrustLabelKind;

/** The translation keys of the reassurance enums, written out so that each key is checked. */
final class TrustTexts {

    private TrustTexts() {}

    static String kind(TrustLabelKind kind) {
        return switch (kind) {
            case SECURE_PAYMENT -> "trust.kind.secure-payment";
            case QUALITY_LABEL -> "trust.kind.quality-label";
            case CERTIFICATION -> "trust.kind.certification";
            case OTHER -> "trust.kind.other";
        };
    }

    static String factKind(TransparencyFactKind kind) {
        return switch (kind) {
            case DELIVERY_TIME -> "trust.fact-kind.delivery-time";
            case STOCK_AVAILABILITY -> "trust.fact-kind.stock";
            case TOTAL_COST -> "trust.fact-kind.total-cost";
            case OTHER -> "trust.fact-kind.other";
        };
    }

    static String policy(PolicyType type) {
        return switch (type) {
            case RETURN -> "trust.policy.return";
            case DELIVERY -> "trust.policy.delivery";
            case PRIVACY -> "trust.policy.privacy";
        };
    }
}
