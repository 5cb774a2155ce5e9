package app.redline;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real S3-compatible server for the tests of the object-store backend, without Docker: s3rver
 * (Node), installed by {@code npm ci --prefix tools/s3rver} (the CI script does). One per test JVM,
 * on a free port, stopped with the JVM. Without it the S3 tests are skipped on a developer's
 * machine and fail under CI.
 */
public final class S3TestServer {

    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";

    private static String endpoint;

    private S3TestServer() {}

    /** The server's endpoint, started on first use. */
    public static synchronized String endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    /** Points the application at the server, in a bucket of its own. */
    public static void register(DynamicPropertyRegistry registry, String bucket) {
        String url = endpoint();
        registry.add("redline.storage.s3.endpoint", () -> url);
        registry.add("redline.storage.s3.bucket", () -> bucket);
        registry.add("redline.storage.s3.access-key", () -> ACCESS_KEY);
        registry.add("redline.storage.s3.secret-key", () -> SECRET_KEY);
    }

    private static String start() {
        Path bin = Path.of("tools", "s3rver", "node_modules", "s3rver", "bin", "s3rver.js")
                .toAbsolutePath();
        if (!Files.isRegularFile(bin)) {
            String missing = "s3rver is not installed: run `npm ci --prefix tools/s3rver` (" + bin + ")";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path data = Files.createTempDirectory("redline-s3rver");
            Path log = Path.of("target", "s3rver.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(
                            "node",
                            bin.toString(),
                            "-d",
                            data.toString(),
                            "-a",
                            "127.0.0.1",
                            "-p",
                            Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("s3rver exited; see " + log.toAbsolutePath());
                }
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return "http://127.0.0.1:" + port;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("s3rver did not answer within 30 s; see " + log.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start s3rver", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
