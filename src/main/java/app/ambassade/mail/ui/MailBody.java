package app.ambassade.mail.ui;

import app.ambassade.mail.OutboxMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain-text e-mail body into text nodes and links. Only http and https addresses become
 * links, each built from the text itself; nothing is ever interpreted as HTML. An address whose
 * secret was hidden in the outbox copy stays text: it would lead nowhere.
 */
final class MailBody {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    /** Punctuation that ends a sentence rather than the address it follows. */
    private static final String TRAILING = ".,;:!?)]}";

    private MailBody() {}

    static List<Component> render(String body) {
        List<Component> parts = new ArrayList<>();
        String text = body == null ? "" : body;
        Matcher matcher = URL.matcher(text);
        int position = 0;
        while (matcher.find()) {
            String url = matcher.group();
            int end = url.length();
            while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (matcher.start() > position) {
                parts.add(new Text(text.substring(position, matcher.start())));
            }
            if (url.contains(OutboxMessage.HIDDEN)) {
                parts.add(new Text(url));
            } else {
                Anchor link = new Anchor(url, url, AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.addClassName("mail-link");
                parts.add(link);
            }
            position = matcher.start() + url.length();
        }
        if (position < text.length()) {
            parts.add(new Text(text.substring(position)));
        }
        return parts;
    }

    static List<String> links(String body) {
        return render(body).stream()
                .filter(Anchor.class::isInstance)
                .map(c -> ((Anchor) c).getHref())
                .toList();
    }
}
