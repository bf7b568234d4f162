package app.ambassade.reassurance;

/**
 * How a review reached the brand, shown with every published review: written by a member in the
 * portal, by a customer the brand invited, or imported from elsewhere (through the API, later).
 */
public enum ReviewSource {
    MEMBER,
    INVITED,
    IMPORTED
}
