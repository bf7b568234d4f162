package app.ambassade.reassurance.internal;

import java.util.List;

/**
 * The widget's data as Jackson writes it. Record components keep their declared order, so the
 * same content gives the same bytes and the same ETag; dates are ISO strings, {@code reviews} is
 * null when the brand has no reviews module.
 */
record WidgetJson(
        String brand,
        String language,
        String trustPage,
        String heading,
        Reviews reviews,
        List<Label> labels,
        List<Fact> facts,
        List<Policy> policies) {

    record Reviews(double average, long count, String summary, List<Review> latest) {}

    record Review(int rating, String title, String text, String experienceDate, String source) {}

    record Label(String name, String kind, String description, String link, String image) {}

    record Fact(String kind, String icon, String text) {}

    record Policy(String type, String title, int version, String publishedAt, String url) {}

    /** What the widget address answers when there is nothing to show or the client asked too often. */
    record Error(String error) {}
}
