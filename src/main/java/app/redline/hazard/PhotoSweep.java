package app.redline.hazard;

import app.redline.system.FileStore;
import app.redline.system.JobLock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what an interrupted upload leaves behind, on one instance at a time: photos kept for a
 * refused form that was never sent again (after {@link #KEPT_UPLOADS}), and photo files in the file
 * store that no row names (older than {@link #ORPHAN_AGE}, so a file whose row is being written
 * right now is left alone): on disk or in the object store alike. Files are matched against the
 * rows a batch at a time.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class PhotoSweep {

    static final String LOCK = "photo-sweep";
    static final Duration ORPHAN_AGE = Duration.ofHours(1);
    static final Duration KEPT_UPLOADS = Duration.ofDays(2);
    static final int BATCH = 500;

    private final FileStore files;
    private final JdbcClient jdbc;
    private final JobLock lock;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${redline.photos.sweep-interval:1h}", initialDelayString = "10m")
    void scheduled() {
        lock.runExclusively(LOCK, Duration.ofHours(1), Duration.ofMinutes(10), this::sweep);
    }

    /** Sweeps once; returns how many files were removed. */
    int sweep() {
        return sweep(Instant.now(clock));
    }

    /** Sweeps as if it were {@code now}: kept uploads and files from before then count as old. */
    int sweep(Instant now) {
        for (String kept : List.of("photo_upload", "public_report_upload")) {
            jdbc.sql("delete from " + kept + " where uploaded_at < :before")
                    .param("before", Timestamp.from(now.minus(KEPT_UPLOADS)))
                    .update();
        }
        int removed = 0;
        List<String> batch = new ArrayList<>();
        try (Stream<String> keys = files.keysWrittenBefore(PhotoStore.PREFIX, now.minus(ORPHAN_AGE))) {
            for (String key : (Iterable<String>) keys::iterator) {
                batch.add(key);
                if (batch.size() == BATCH) {
                    removed += removeUnnamed(batch);
                    batch.clear();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Photo sweep could not list the stored photos: {}", e.getMessage());
        }
        removed += removeUnnamed(batch);
        if (removed > 0) {
            log.info("Photo sweep removed {} files that no row names", removed);
        }
        return removed;
    }

    private int removeUnnamed(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        String[] paths = keys.stream()
                .map(key -> key.substring(PhotoStore.PREFIX.length()))
                .toArray(String[]::new);
        Set<String> named = new HashSet<>(
                jdbc.sql("""
                        select p from unnest(cast(:paths as varchar[])) p
                        where exists (select 1 from named_photo_file n where n.path = p)
                        """).param("paths", paths).query(String.class).list());
        int removed = 0;
        for (String path : paths) {
            if (!named.contains(path)) {
                files.delete(PhotoStore.PREFIX + path);
                removed++;
            }
        }
        return removed;
    }
}
