package app.redline.hazard;

import app.redline.system.JobLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what an interrupted upload leaves behind, on one instance at a time: photos kept for a
 * refused form that was never sent again (after {@link #KEPT_UPLOADS}), and files in the photo
 * folder that no row names (older than {@link #ORPHAN_AGE}, so a file whose row is being written
 * right now is left alone). Files are matched against the rows a batch at a time.
 */
@Slf4j
@Component
class PhotoSweep {

    static final String LOCK = "photo-sweep";
    static final Duration ORPHAN_AGE = Duration.ofHours(1);
    static final Duration KEPT_UPLOADS = Duration.ofDays(2);
    static final int BATCH = 500;

    private final Path root;
    private final JdbcClient jdbc;
    private final JobLock lock;
    private final Clock clock;

    PhotoSweep(@Value("${redline.data-dir}") String dataDir, JdbcClient jdbc, JobLock lock, Clock clock) {
        this.root = Path.of(dataDir, "photos").toAbsolutePath().normalize();
        this.jdbc = jdbc;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${redline.photos.sweep-interval:1h}", initialDelayString = "10m")
    void scheduled() {
        lock.runExclusively(LOCK, Duration.ofHours(1), Duration.ofMinutes(10), this::sweep);
    }

    /** Sweeps once; returns how many files were removed. */
    int sweep() {
        Instant now = Instant.now(clock);
        jdbc.sql("delete from photo_upload where uploaded_at < :before")
                .param("before", Timestamp.from(now.minus(KEPT_UPLOADS)))
                .update();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        List<Path> batch = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && old(file, now)) {
                    batch.add(file);
                    if (batch.size() == BATCH) {
                        removed += removeUnnamed(batch);
                        batch.clear();
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Photo sweep could not read {}: {}", root, e.getMessage());
        }
        removed += removeUnnamed(batch);
        if (removed > 0) {
            log.info("Photo sweep removed {} files that no row names", removed);
        }
        return removed;
    }

    private static boolean old(Path file, Instant now) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(ORPHAN_AGE));
        } catch (IOException e) {
            return false;
        }
    }

    private int removeUnnamed(List<Path> files) {
        if (files.isEmpty()) {
            return 0;
        }
        String[] paths = files.stream()
                .map(f -> root.relativize(f).toString().replace('\\', '/'))
                .toArray(String[]::new);
        Set<String> named = new HashSet<>(
                jdbc.sql("""
                        select p from unnest(cast(:paths as varchar[])) p
                        where exists (select 1 from hazard_photo h where h.path = p)
                           or exists (select 1 from hazard_photo h where h.thumb_path = p)
                           or exists (select 1 from inspection_photo i where i.path = p)
                           or exists (select 1 from inspection_photo i where i.thumb_path = p)
                           or exists (select 1 from photo_upload u where u.path = p)
                           or exists (select 1 from photo_upload u where u.thumb_path = p)
                        """).param("paths", paths).query(String.class).list());
        int removed = 0;
        for (int i = 0; i < paths.length; i++) {
            if (!named.contains(paths[i])) {
                try {
                    Files.deleteIfExists(files.get(i));
                    removed++;
                } catch (IOException e) {
                    log.warn("Photo sweep could not remove {}: {}", files.get(i), e.getMessage());
                }
            }
        }
        return removed;
    }
}
