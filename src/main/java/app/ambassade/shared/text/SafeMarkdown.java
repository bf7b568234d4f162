package app.ambassade.shared.text;

import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The safe Markdown subset people may write (posts, policies, articles): paragraphs, emphasis,
 * lists, quotes, headings, code, links (http, https, mailto only) and, where allowed, images
 * (https only). Raw HTML typed by the author is escaped by the renderer, then the output is
 * cleaned by jsoup's allow-list, so that nothing executable can reach a page.
 */
public final class SafeMarkdown {

    private static final Parser PARSER =
            Parser.builder().extensions(Set.<Extension>of()).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {}

    /** HTML safe to insert in a page: text formatting and links, no images. */
    public static String toHtml(String markdown) {
        return clean(markdown, textSafelist());
    }

    /** As {@link #toHtml} and also images from https addresses. */
    public static String toHtmlWithImages(String markdown) {
        return clean(
                markdown,
                textSafelist()
                        .addTags("img")
                        .addAttributes("img", "src", "alt", "title")
                        .addProtocols("img", "src", "https"));
    }

    /** The plain text of some Markdown, for previews, notifications and meta descriptions. */
    public static String toPlainText(String markdown) {
        return Jsoup.parse(toHtml(markdown)).text();
    }

    private static String clean(String markdown, Safelist safelist) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, safelist);
    }

    private static Safelist textSafelist() {
        return Safelist.basic()
                .addTags("h1", "h2", "h3", "h4", "pre", "hr")
                .removeProtocols("a", "href", "ftp")
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    }
}
