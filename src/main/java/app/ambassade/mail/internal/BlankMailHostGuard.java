package app.ambassade.mail.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * An empty {@code spring.mail.host} means "no mail server". Spring Boot creates a
 * {@code JavaMailSender} whenever the property exists and is not {@code false}, even when it is
 * blank (the mysql profile has {@code spring.mail.host=${SMTP_HOST:}}), and that sender would then
 * try to reach a host named "". So a blank host is turned into {@code false}, the value Boot's
 * condition reads as absent: no sender, and {@code MailService} logs mails as not sent.
 */
public class BlankMailHostGuard implements EnvironmentPostProcessor {

    static final String HOST = "spring.mail.host";
    static final String SOURCE = "ambassade-blank-mail-host";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(HOST)
                && environment.getProperty(HOST, "").isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(HOST, "false")));
        }
    }
}
