package app.ambassade.community;

import java.util.List;

/** One page of a feed and the cursor of the next one (null when there is no more). */
public record FeedPage(List<FeedPost> posts, FeedCursor next) {}
