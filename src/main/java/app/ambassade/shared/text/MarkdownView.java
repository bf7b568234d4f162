package app.ambassade.shared.text;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;

/**
 * Shows Markdown written by people as sanitized HTML: the one place in the UI where HTML is
 * built from user text, always through {@link SafeMarkdown}.
 */
public class MarkdownView extends Composite<Html> {

    private final boolean images;
    private String markdown = "";

    public MarkdownView(String markdown, boolean images) {
        this.images = images;
        this.markdown = markdown == null ? "" : markdown;
    }

    @Override
    protected Html initContent() {
        return new Html(wrap(markdown));
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
        getContent().setHtmlContent(wrap(this.markdown));
    }

    private String wrap(String text) {
        String safe = images ? SafeMarkdown.toHtmlWithImages(text) : SafeMarkdown.toHtml(text);
        return "<div class=\"markdown\">" + safe + "</div>";
    }
}
