package app.ambassade.reassurance;

/**
 * The published, closed list of reasons a review may be refused. A low rating is not one of them:
 * negative reviews cannot be suppressed, and how many reviews were refused under each criterion
 * is public. Each has a public description ({@code reviews.criterion.<NAME>} and
 * {@code reviews.criterion.<NAME>.description}).
 */
public enum ReviewRefusalCriterion {
    OFF_TOPIC,
    OFFENSIVE,
    PERSONAL_DATA,
    NOT_A_CUSTOMER_EXPERIENCE,
    CONFLICT_OF_INTEREST,
    DUPLICATE
}
