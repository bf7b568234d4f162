package app.ambassade.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.mail.OutboxMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void addressesInTheTextBecomeLinksAndTheRestStaysText() {
        List<Component> parts = MailBody.render(
                "Hello,\n\nChoose your password here:\nhttp://brand.localhost:8080/invitation/abc-123_X.\n\nBye");

        assertThat(parts).hasSize(3);
        assertThat(((Text) parts.get(0)).getText()).isEqualTo("Hello,\n\nChoose your password here:\n");
        Anchor link = (Anchor) parts.get(1);
        assertThat(link.getHref()).isEqualTo("http://brand.localhost:8080/invitation/abc-123_X");
        assertThat(link.getText()).isEqualTo(link.getHref());
        assertThat(((Text) parts.get(2)).getText()).isEqualTo(".\n\nBye");
    }

    @Test
    void markupInABodyIsShownAsTextAndOnlyHttpAddressesAreLinked() {
        List<Component> parts = MailBody.render(
                "<b>Hi</b> <a href=\"javascript:alert(1)\">x</a> javascript:alert(2) (see https://example.com/a?b=1).");

        assertThat(MailBody.links("<b>Hi</b> javascript:alert(2) (see https://example.com/a?b=1)."))
                .containsExactly("https://example.com/a?b=1");
        assertThat(parts)
                .filteredOn(Text.class::isInstance)
                .extracting(p -> ((Text) p).getText())
                .anySatisfy(t -> assertThat(t).contains("<b>Hi</b>"));
        assertThat(parts)
                .filteredOn(Anchor.class::isInstance)
                .extracting(p -> ((Anchor) p).getHref())
                .containsExactly("https://example.com/a?b=1");
    }

    @Test
    void aLinkWhoseSecretWasHiddenStaysTextAndOnlySuchALinkCountsAsHidden() {
        String body =
                "Choose your password here:\nhttp://brand.localhost:8080/invitation/…\nSee also https://example.com/a";

        assertThat(MailBody.links(body)).containsExactly("https://example.com/a");
        assertThat(message(body).hidesSecrets()).isTrue();
        assertThat(message("The atelier… is full. https://brand.localhost:8080/perks/4")
                        .hidesSecrets())
                .isFalse();
    }

    private static OutboxMessage message(String body) {
        return new OutboxMessage(1, 1L, "someone@example.com", "Subject", body, Instant.EPOCH);
    }

    @Test
    void anEmptyBodyRendersNothing() {
        assertThat(MailBody.render(null)).isEmpty();
        assertThat(MailBody.render("")).isEmpty();
    }
}
