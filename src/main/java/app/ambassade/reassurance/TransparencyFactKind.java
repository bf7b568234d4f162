package app.ambassade.reassurance;

/** What a transparency fact commits to. */
public enum TransparencyFactKind {
    DELIVERY_TIME,
    STOCK_AVAILABILITY,
    TOTAL_COST,
    OTHER
}
