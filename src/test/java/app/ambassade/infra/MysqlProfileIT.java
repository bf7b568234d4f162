package app.ambassade.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.security.LoginService;
import app.ambassade.mail.MailService;
import app.ambassade.mail.OutgoingMail;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import app.ambassade.tenancy.StoredLogo;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** The mysql profile, configured by environment variables the way a deployment sets them. */
@MariaDbTest
class MysqlProfileIT {

    @Autowired
    LogoPolicy logoPolicy;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginService logins;

    @Autowired
    TenantService tenants;

    @Autowired
    TenantHosts hosts;

    @Autowired
    MailService mail;

    @Autowired
    HealthEndpoint health;

    @Autowired
    TestData data;

    @Test
    void theDatabaseIsMariaDbThroughConnectorJ() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mysql://");
            assertThat(connection.getMetaData().getDriverName()).contains("Connector/J");
        }
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
    }

    @Test
    void theFirstPlatformAdminComesFromTheEnvironment() {
        AuthenticatedUser admin = logins.authenticatePlatformAdmin(MariaDbTest.ADMIN_EMAIL, TestData.PASSWORD);

        assertThat(admin.platformAdmin()).isTrue();
    }

    @Test
    void noDemoDataIsLoaded() {
        assertThat(environment.getProperty("ambassade.demo-data")).isEqualTo("false");
        assertThat(tenants.findBySlug("maison-lumiere")).isEmpty();
        assertThat(tenants.findBySlug("cimes-outdoor")).isEmpty();
    }

    @Test
    void anEmptySmtpHostMeansNoMailSenderAndMailsAreNotKeptInAnOutbox() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .isNull();
        Integer before = jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);

        mail.send(new OutgoingMail(null, "someone@example.test", "Subject", "Body"));

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void thePublicAddressComesFromTheEnvironment() {
        assertThat(hosts.platformUrl()).isEqualTo("http://localhost:8080");
        assertThat(hosts.tenantUrl("brand")).isEqualTo("http://brand.localhost:8080");
    }

    @Test
    void aLogoNearTheSizeLimitRoundTripsThroughItsMediumBlobColumn() {
        TenantSummary tenant = data.tenant("logo");
        byte[] png = new byte[logoPolicy.maxBytes()];
        new Random(42).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);

        TestData.asPlatformAdmin(() -> tenants.replaceLogo(tenant.id(), new LogoUpload("logo.png", png)));

        StoredLogo stored = tenants.logo(tenant.slug()).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.content()).isEqualTo(png);
    }

    @Test
    void theApplicationIsReady() {
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
    }
}
