package app.redline.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import lombok.extern.slf4j.Slf4j;

/**
 * Starts embedded PostgreSQL servers, at most one per data directory and JVM. The tests' throwaway
 * server is shared by every test context and stops with the JVM (the library's shutdown hook); the
 * application's server, under its data directory, is stopped by the application context when it
 * closes, after the connection pool — so that nothing still running at shutdown finds the database
 * gone, and Ctrl-C ends the application within a second or two.
 */
@Slf4j
final class EmbeddedDatabases {

    private static final String THROWAWAY = "";
    private static final Map<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedDatabases() {}

    static EmbeddedPostgres start(String directory) {
        return RUNNING.computeIfAbsent(directory.isBlank() ? THROWAWAY : directory, EmbeddedDatabases::launch);
    }

    private static EmbeddedPostgres launch(String directory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
            if (directory.isEmpty()) {
                return builder.start();
            }
            Path dataDirectory = Path.of(directory).toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
            return builder.setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /** Stops the server of a data directory (not the tests' throwaway one, which the JVM stops). */
    static void stop(String directory) {
        if (directory.isBlank()) {
            return;
        }
        EmbeddedPostgres postgres = RUNNING.remove(directory);
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL server did not stop cleanly", e);
            }
        }
    }

    /** A server left running by a JVM that was killed would block the data directory: stop it. */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(postmaster -> {
                    log.warn("Stopping an orphaned PostgreSQL server (pid {})", postmaster.pid());
                    postmaster.destroy();
                    try {
                        postmaster.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        log.warn("The orphaned PostgreSQL server did not stop in time", e);
                    }
                });
    }
}
