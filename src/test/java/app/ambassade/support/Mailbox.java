package app.ambassade.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the in-process SMTP server (GreenMail) received. */
public final class Mailbox {

    private Mailbox() {}

    public static List<MimeMessage> to(GreenMailExtension greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> sentTo(m, address))
                .toList();
    }

    public static MimeMessage single(GreenMailExtension greenMail, String address) {
        List<MimeMessage> messages = to(greenMail, address);
        if (messages.size() != 1) {
            throw new AssertionError("Expected one e-mail to " + address + " but got " + messages.size());
        }
        return messages.getFirst();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full link {@code http(s)://host/path/...} in the message. */
    public static String link(MimeMessage message, String path) {
        Matcher m = Pattern.compile("https?://\\S+/" + Pattern.quote(path) + "(/[A-Za-z0-9_-]+)?")
                .matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("No link to /" + path + " in: " + text(message));
        }
        return m.group();
    }

    /** The token at the end of the link {@code .../path/TOKEN}. */
    public static String token(MimeMessage message, String path) {
        String link = link(message, path);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a ->
                            a instanceof InternetAddress ia && ia.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
