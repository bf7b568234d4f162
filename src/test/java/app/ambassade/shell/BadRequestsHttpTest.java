package app.ambassade.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.Role;
import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Bad addresses and oversized requests get a plain answer: never a login redirect, an exception text or a bare 403. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadRequestsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aMalformedPublicPolicyAddressIsABadRequestNotALoginRedirect() throws IOException {
        TenantSummary tenant = data.tenant("bad");
        for (String path : new String[] {
            "/trust/policies/returns/versions/abc",
            "/trust/policies/returns/versions/99999999999999999999",
            "/trust/labels/abc/image"
        }) {
            RawHttp.Response response = RawHttp.get(port, host(tenant.slug()), path, (String) null);
            assertThat(response.status()).as(path).isIn(400, 404);
            assertThat(response.header("Location")).as(path).isEmpty();
            assertThat(response.sessionCookie()).as(path).isEmpty();
        }
    }

    @Test
    void badRouteParametersOpenThePortalPageNotABare403() throws IOException {
        TenantSummary tenant = data.tenant("bad");
        data.person(tenant, Role.BRAND_MANAGER, "boss@bad.example");
        String session = login(tenant.slug(), "boss@bad.example");
        for (String path : new String[] {
            "/communities/abc",
            "/communities/12345678901234567890",
            "/manage/communities/abc/engagement",
            "/reviews/moderation/review/abc",
            "/perks/abc",
            "/manage/perks/abc/claims"
        }) {
            RawHttp.Response response = RawHttp.get(port, host(tenant.slug()), path, session);
            assertThat(response.status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aHugeLoginFormIsRefusedWith413AndNoStackTrace(CapturedOutput output) throws IOException {
        TenantSummary tenant = data.tenant("bad");
        int before = output.getAll().length();

        int status = postHugeForm(host(tenant.slug()), "/login", 5 * 1024 * 1024);

        assertThat(status).isEqualTo(413);
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ");
    }

    @Test
    void anOversizedUiRequestAsksThePageToReloadInsteadOfBeingResentForever() throws IOException {
        TenantSummary tenant = data.tenant("bad");
        RawHttp.Response page = RawHttp.get(port, host(tenant.slug()), "/login", (String) null);
        String session = page.sessionCookie().orElseThrow();

        String answer = send(host(tenant.slug()), "/?v-r=uidl&v-uiId=0", "application/json", session, 3 * 1024 * 1024);

        assertThat(answer)
                .as("Vaadin's client resends after any status but 401; it reloads on this token")
                .startsWith("HTTP/1.1 200")
                .contains("Vaadin-Refresh");
    }

    private int postHugeForm(String host, String path, int size) throws IOException {
        String answer = send(host, path, "application/x-www-form-urlencoded", null, size);
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** Sends a body of the given size and returns the raw answer, even when the server answers before reading it all. */
    private String send(String host, String path, String type, String session, int size) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + type
                            + (session == null ? "" : "\r\nCookie: JSESSIONID=" + session) + "\r\nContent-Length: "
                            + size + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            System.arraycopy("username=".getBytes(StandardCharsets.US_ASCII), 0, chunk, 0, 9);
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    Arrays.fill(chunk, 0, 9, (byte) 'a');
                }
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before the whole body is sent: its answer is what counts.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private String login(String slug, String email) throws IOException {
        return RawHttp.login(port, host(slug), email, TestData.PASSWORD)
                .sessionCookie()
                .orElseThrow();
    }

    private String host(String slug) {
        return slug + ".localhost:" + port;
    }
}
