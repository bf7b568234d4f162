package app.ambassade.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void formattingAndLinksAreRendered() {
        String html = SafeMarkdown.toHtml("**Bold** and *soft*, see [our shop](https://shop.example).\n\n- one\n- two");

        assertThat(html)
                .contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>")
                .contains("href=\"https://shop.example\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void typedHtmlShowsAsTextAndRunsNothing() {
        String html = SafeMarkdown.toHtml("<img src=x onerror=alert(1)> <script>alert(2)</script>");

        assertThat(html)
                .doesNotContain("<img", "<script", "onerror=alert(1)\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void javascriptLinksAndImagesOutsideTheAllowedSetAreDropped() {
        assertThat(SafeMarkdown.toHtml("[click](javascript:alert(1))")).doesNotContain("javascript");
        assertThat(SafeMarkdown.toHtml("![pic](https://cdn.example/a.png)")).doesNotContain("<img");
        assertThat(SafeMarkdown.toHtmlWithImages("![pic](https://cdn.example/a.png)"))
                .contains("<img src=\"https://cdn.example/a.png\" alt=\"pic\">");
        assertThat(SafeMarkdown.toHtmlWithImages("![pic](http://cdn.example/a.png)"))
                .doesNotContain("src=");
    }

    @Test
    void plainTextDropsAllMarkup() {
        assertThat(SafeMarkdown.toPlainText("# Title\n\n**Hello** <b>you</b>")).isEqualTo("Title Hello <b>you</b>");
    }
}
