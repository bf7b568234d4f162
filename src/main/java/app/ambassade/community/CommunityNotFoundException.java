package app.ambassade.community;

/** The community, post or comment does not exist for the signed-in person (other tenant, hidden, not allowed). */
public class CommunityNotFoundException extends RuntimeException {

    public CommunityNotFoundException() {
        super("Not found");
    }
}
