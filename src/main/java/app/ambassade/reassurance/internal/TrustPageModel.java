package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PublicTrust;
import app.ambassade.reassurance.TransparencyIcons;
import app.ambassade.shared.text.SafeMarkdown;
import java.util.List;

/** Everything the trust page template shows; {@code reviews} is null when the reviews module is absent. */
public record TrustPageModel(PublicPage page, PublicTrust trust, ReviewsModel reviews, List<Policy> policies) {

    /** The current version of one policy, and the numbers of its earlier published versions. */
    public record Policy(PolicyType type, String title, String published, String bodyHtml, List<Integer> earlier) {}

    public boolean empty() {
        return trust.reviews().isEmpty()
                && trust.labels().isEmpty()
                && trust.facts().isEmpty()
                && trust.policies().isEmpty()
                && trust.faq().isEmpty();
    }

    public String icon(String name) {
        return TransparencyIcons.emoji(name);
    }

    /** Sanitized HTML of brand-written Markdown (FAQ answers). */
    public String markdown(String text) {
        return SafeMarkdown.toHtml(text);
    }
}
