package app.ambassade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The public, stateless endpoints over real HTTP: caching, no session, nothing of another tenant. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicEndpointsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @LocalServerPort
    int port;

    @Autowired
    TenantService tenants;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTenantLogoIsServedWithAnETagAndRevalidatesWith304WithoutASession() throws Exception {
        TenantSummary tenant = TestData.asPlatformAdmin(() -> tenants.create(
                "logo-" + System.nanoTime() % 100000, new TenantBranding("Logo brand", Locale.FRENCH, "#abcdef")));
        TestData.asPlatformAdmin(
                () -> tenants.replaceLogo(tenant.id(), new app.ambassade.tenancy.LogoUpload("l.png", PNG)));

        HttpResponse<byte[]> first = get("/branding/" + tenant.slug() + "/logo", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(first.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> second = get("/branding/" + tenant.slug() + "/logo", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownSlugOrATenantWithoutLogoAnswers404() throws Exception {
        assertThat(get("/branding/nobody-here/logo", null).statusCode()).isEqualTo(404);
    }

    @Test
    void healthProbesAnswerWithoutSession() throws Exception {
        HttpResponse<byte[]> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(new String(readiness.body())).contains("UP");
        assertThat(readiness.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
