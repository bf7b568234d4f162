package app.ambassade.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Minimal HTTP/1.1 client that lets a test choose the Host header freely (the JDK clients refuse
 * to), so that tenant sub-domains can be exercised against a server on 127.0.0.1.
 */
public final class RawHttp {

    public record Response(int status, String headers, String body) {

        public Optional<String> header(String name) {
            return Arrays.stream(headers.split("\r\n"))
                    .filter(line -> line.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        }

        /** The JSESSIONID value set by this response, if any. */
        public Optional<String> sessionCookie() {
            return header("Set-Cookie")
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')));
        }
    }

    private RawHttp() {}

    public static Response get(int port, String host, String path, String session) throws IOException {
        return send(
                port,
                "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + cookie(session) + "Connection: close\r\n\r\n");
    }

    /** A GET with extra request headers (Accept-Language, If-None-Match, Origin...). */
    public static Response get(int port, String host, String path, java.util.Map<String, String> headers)
            throws IOException {
        StringBuilder extra = new StringBuilder();
        headers.forEach(
                (name, value) -> extra.append(name).append(": ").append(value).append("\r\n"));
        return send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "Connection: close\r\n\r\n");
    }

    public static Response postForm(int port, String host, String path, String form, String session)
            throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return send(
                port,
                "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + cookie(session)
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n" + form);
    }

    /** What a visit to the login page gives a browser: its session and the CSRF token of the form. */
    public record LoginPage(String session, String csrf) {

        /** The form as vaadin-login-form posts it, token included. */
        public String form(String email, String password) {
            return "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        }
    }

    /** Opens the login page like a browser does and reads the CSRF token from its {@code _csrf} meta tag. */
    public static LoginPage loginPage(int port, String host) throws IOException {
        Response page = get(port, host, "/login", (String) null);
        String session = page.sessionCookie()
                .orElseThrow(() -> new AssertionError("The login page opened no session: " + page.headers()));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No _csrf meta tag on the login page");
        }
        return new LoginPage(session, token.group(1));
    }

    /** Logs in through the login page, as a browser does: the answer to the form's POST. */
    public static Response login(int port, String host, String email, String password) throws IOException {
        LoginPage page = loginPage(port, host);
        return postForm(port, host, "/login", page.form(email, password), page.session());
    }

    /** A form POST with extra request headers (Origin...). */
    public static Response postForm(
            int port, String host, String path, String form, String session, java.util.Map<String, String> headers)
            throws IOException {
        StringBuilder extra = new StringBuilder();
        headers.forEach(
                (name, value) -> extra.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return send(
                port,
                "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + cookie(session) + extra
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n" + form);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String cookie(String session) {
        return session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n";
    }

    private static Response send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            String raw = buffer.toString(StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head, body);
        }
    }
}
