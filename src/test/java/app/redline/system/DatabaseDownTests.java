package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running, signed-in application (a TCP relay in front of the test
 * database drops every connection and refuses new ones), then comes back: requests fail within
 * seconds with the 503 page in the user's language, a sign-in is not counted as a failure, and the
 * application serves again by itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"redline.database.connection-timeout=2s", "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles("test")
class DatabaseDownTests {

    static final Relay relay = Relay.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + relay.port() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        relay.close();
    }

    @LocalServerPort
    int port;

    final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Language", "zh-CN")
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Language", "zh-CN")
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String csrf(HttpClient client, String path) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a form token on " + path).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void whileTheDatabaseIsDownRequestsFailFastWithTheUnavailablePageAndRecover() throws Exception {
        String token = csrf(browser, "/login");
        assertThat(post(browser, "/login", "username=test-admin&password=TestAdmin2026&_csrf=" + token)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(get("/hazards").statusCode()).isEqualTo(200);
        String profileToken = csrf(browser, "/profile/password");
        HttpClient stranger =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String strangerToken = csrf(stranger, "/login");

        relay.down();

        long started = System.nanoTime();
        HttpResponse<String> ledger = get("/hazards");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(ledger.statusCode()).isEqualTo(503);
        assertThat(millis).as("the time to the 503 page, in ms").isLessThan(8000);
        assertThat(ledger.body())
                .contains("暂时无法使用", "未保存任何内容", "id=\"still-signed-in\"")
                .doesNotContain("Exception", "at org.");
        assertThat(ledger.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> form = post(
                browser,
                "/profile/password",
                "current=x&password=Whatever2026&confirmation=Whatever2026&_csrf=" + profileToken);
        assertThat(form.statusCode()).isEqualTo(503);

        HttpResponse<String> signIn =
                post(stranger, "/login", "username=test-admin&password=wrong&_csrf=" + strangerToken);
        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(signIn.body()).contains("暂时无法使用");

        relay.up();

        int status = 0;
        for (int i = 0; i < 40 && status != 200; i++) {
            status = get("/hazards").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("the ledger once the database is back").isEqualTo(200);
        String again = csrf(stranger, "/login");
        assertThat(post(stranger, "/login", "username=test-admin&password=TestAdmin2026&_csrf=" + again)
                        .headers()
                        .firstValue("Location"))
                .as("the refused sign-in was not counted against the account")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "locked"));
    }

    /** A TCP relay to the test database that can drop every connection and refuse new ones. */
    static final class Relay implements AutoCloseable {

        private final ServerSocket server;
        private final String targetHost;
        private final int targetPort;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private volatile boolean down;

        private Relay(String targetHost, int targetPort) throws IOException {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.targetHost = targetHost;
            this.targetPort = targetPort;
            daemon(this::accept);
        }

        static Relay start() {
            String url = System.getenv("TEST_DB_URL");
            try {
                if (url == null || url.isBlank()) {
                    var postgres = EmbeddedDatabases.start("");
                    return new Relay("127.0.0.1", postgres.getPort());
                }
                URI uri = URI.create(url.substring("jdbc:".length()));
                return new Relay(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int port() {
            return server.getLocalPort();
        }

        void down() {
            down = true;
            open.forEach(Relay::quietly);
            open.clear();
        }

        void up() {
            down = false;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (down) {
                        quietly(client);
                        continue;
                    }
                    Socket database = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(database);
                    pipe(client, database);
                    pipe(database, client);
                } catch (IOException e) {
                    // closed, or the database refused: the client sees its connection end
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            daemon(() -> {
                try (InputStream in = from.getInputStream();
                        OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // one side closed
                } finally {
                    quietly(from);
                    quietly(to);
                }
            });
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "db-relay");
            thread.setDaemon(true);
            thread.start();
        }

        private static void quietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() throws IOException {
            down();
            server.close();
        }
    }
}
