package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.S3TestServer;
import app.redline.system.FileStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every hazard test again, with photos in an S3-compatible object store (a real one, s3rver) instead
 * of the local folder: upload, thumbnail, scope check, refusal, and the sweep of orphans.
 */
class S3HazardTests extends HazardTests {

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        S3TestServer.register(registry, "redline-hazard-tests");
    }

    @Autowired
    FileStore files;

    @Autowired
    PhotoSweep sweep;

    @Autowired
    PhotoStore photoStore;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aPhotoStoredInATransactionThatRollsBackLeavesNoObject() throws Exception {
        PhotoStore.Checked checked = photoStore
                .check(List.of(
                        new org.springframework.mock.web.MockMultipartFile("photos", "before.png", "image/png", png())))
                .get(0);
        StoredPhoto[] stored = new StoredPhoto[1];
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            stored[0] = photoStore.store(checked);
            try (FileStore.StoredFile f = files.get(PhotoStore.PREFIX + stored[0].path())) {
                assertThat(f).isNotNull();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            tx.setRollbackOnly();
        });
        assertThat(files.get(PhotoStore.PREFIX + stored[0].path())).isNull();
        assertThat(files.get(PhotoStore.PREFIX + stored[0].thumbPath())).isNull();
    }

    @Test
    void photosAreObjectsInTheBucketWithTheirChecksumAndOrphansAreSwept() throws Exception {
        assertThat(files.getClass().getSimpleName()).isEqualTo("S3FileStore");
        theWholeLoopWithPhotosAndATimeline();
        String path = jdbc.sql("select path from hazard_photo order by id desc limit 1")
                .query(String.class)
                .single();
        String sha = jdbc.sql("select sha256 from hazard_photo order by id desc limit 1")
                .query(String.class)
                .single();
        try (FileStore.StoredFile stored = files.get(PhotoStore.PREFIX + path)) {
            byte[] content = stored.content().readAllBytes();
            assertThat(java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(content)))
                    .isEqualTo(sha);
        }

        files.put(PhotoStore.PREFIX + "sweep-test/orphan.jpg", new byte[] {1, 2, 3}, "image/jpeg");
        // An hour and more later, the orphan goes and the photo its row names stays.
        sweep.sweep(Instant.now().plus(2, ChronoUnit.HOURS));
        assertThat(files.get(PhotoStore.PREFIX + "sweep-test/orphan.jpg")).isNull();
        try (FileStore.StoredFile kept = files.get(PhotoStore.PREFIX + path)) {
            assertThat(kept).isNotNull();
        }
    }
}
