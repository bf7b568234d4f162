package app.ambassade.identity;

/** Filters of the people grid; null means "any". */
public record PeopleFilter(Role role, AccountStatus status, String search) {

    public static PeopleFilter all() {
        return new PeopleFilter(null, null, "");
    }
}
