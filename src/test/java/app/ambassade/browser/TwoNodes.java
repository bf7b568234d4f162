package app.ambassade.browser;

import app.ambassade.support.MariaDb;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two application nodes, each its own JVM process on the application's runtime classpath, on one
 * MariaDB database, behind HAProxy started with the repository's own configuration
 * ({@code deploy/haproxy.cfg}), and a real SMTP server (GreenMail) for their e-mails.
 */
final class TwoNodes implements AutoCloseable {

    record Node(String name, int port, Process process) {}

    private static final Path LOGS = Path.of("target/two-nodes");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    final String database = MariaDb.createDatabase("two_nodes");
    final int proxyPort = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final List<Node> nodes = new ArrayList<>();
    private Process proxy;

    static TwoNodes start() throws Exception {
        TwoNodes cluster = new TwoNodes();
        try {
            Files.createDirectories(LOGS);
            cluster.smtp.start();
            // One after the other: the first seeds the demo brands into the empty database.
            cluster.nodes.add(cluster.startNode("node1"));
            cluster.nodes.add(cluster.startNode("node2"));
            cluster.startProxy();
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    String brandUrl(String slug) {
        return "http://" + slug + ".localhost:" + proxyPort;
    }

    Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** What {@code kill -9} does: the process ends at once, with no shutdown of any kind. */
    void kill(Node node) throws InterruptedException {
        node.process().destroyForcibly();
        node.process().waitFor();
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(MariaDb.urlFor(database), MariaDb.user(), MariaDb.password());
    }

    private Node startNode(String name) throws Exception {
        int port = freePort();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target/node-classpath.txt")).strip();
        ProcessBuilder builder = new ProcessBuilder(
                        javaCommand,
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        "app.ambassade.Application",
                        "--server.port=" + port,
                        "--ambassade.demo-data=true",
                        "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
                        "--ambassade.perks.lifecycle-delay=2s",
                        "--ambassade.events.retry-every=2s",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.launch-browser=false")
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(name + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "mysql");
        env.put("AMBASSADE_DB_URL", MariaDb.urlFor(database));
        env.put("AMBASSADE_DB_USER", MariaDb.user());
        env.put("AMBASSADE_DB_PASSWORD", MariaDb.password());
        env.put("AMBASSADE_DB_DIALECT", "mariadb");
        env.put("AMBASSADE_PUBLIC_URL", "http://localhost:" + proxyPort);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
        env.put("SMTP_STARTTLS", "false");
        env.put("VAADIN_USAGE_STATS_ENABLED", "false");
        Node node = new Node(name, port, builder.start());
        awaitReady(node);
        return node;
    }

    private void awaitReady(Node node) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.port() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!node.process().isAlive()) {
                throw new AssertionError(node.name() + " stopped while starting:\n" + logTail(node));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(node.name() + " not ready after " + START_TIMEOUT + ":\n" + logTail(node));
    }

    private void startProxy() throws Exception {
        Path config = Path.of("deploy/haproxy.cfg");
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve("haproxy.log").toFile());
        builder.environment().put("AMBASSADE_PROXY_BIND", "127.0.0.1:" + proxyPort);
        builder.environment().put("AMBASSADE_NODE1", "127.0.0.1:" + nodes.get(0).port());
        builder.environment().put("AMBASSADE_NODE2", "127.0.0.1:" + nodes.get(1).port());
        proxy = builder.start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (var socket = new Socket("127.0.0.1", proxyPort)) {
                return;
            } catch (IOException notYet) {
                if (!proxy.isAlive()) {
                    throw new AssertionError("HAProxy stopped:\n" + Files.readString(LOGS.resolve("haproxy.log")));
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("HAProxy does not listen on " + proxyPort);
    }

    private static String logTail(Node node) throws IOException {
        List<String> lines = Files.readAllLines(LOGS.resolve(node.name() + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.destroy();
        }
        nodes.forEach(node -> node.process().destroyForcibly());
        smtp.stop();
        MariaDb.dropDatabase(database);
    }
}
