package app.ambassade.reassurance;

import java.time.Instant;

/** One version of a policy: the draft (not published) or a published version with who and when. */
public record PolicyVersionRow(
        long id,
        PolicyType type,
        int number,
        String body,
        boolean published,
        Instant updatedAt,
        Instant publishedAt,
        String publishedBy) {}
