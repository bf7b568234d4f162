package app.ambassade.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class BlankMailHostGuardTest {

    private final ApplicationContextRunner boot =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class));

    private final ApplicationContextRunner guarded = boot.withInitializer(
            context -> new BlankMailHostGuard().postProcessEnvironment(context.getEnvironment(), null));

    @Test
    void springBootAloneCreatesAMailSenderForAnEmptyHost() {
        boot.withPropertyValues("spring.mail.host=")
                .run(context -> assertThat(context).hasSingleBean(JavaMailSender.class));
    }

    @Test
    void anEmptyOrBlankHostMeansNoMailSender() {
        guarded.withPropertyValues("spring.mail.host=")
                .run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
        guarded.withPropertyValues("spring.mail.host=${SMTP_HOST_THAT_IS_NOT_SET:}")
                .run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
        guarded.withPropertyValues("spring.mail.host=  ")
                .run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
    }

    @Test
    void aConfiguredHostGetsAMailSender() {
        guarded.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=2525")
                .run(context -> {
                    assertThat(context).hasSingleBean(JavaMailSender.class);
                    JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
                    assertThat(sender.getHost()).isEqualTo("smtp.example.com");
                    assertThat(sender.getPort()).isEqualTo(2525);
                });
    }

    @Test
    void noHostPropertyAtAllStaysWithout() {
        guarded.run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
    }
}
