package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sweep removes files that no row names once they are an hour old (what a kill during an
 * upload leaves), and keeps every file a row names and every file still being written.
 */
@RedlineTest
class PhotoSweepTests {

    @Autowired
    PhotoSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Value("${redline.data-dir}")
    String dataDir;

    Path file(String name, boolean old) throws Exception {
        Path file = Path.of(dataDir, "photos", "sweep-test", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
        if (old) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        }
        return file;
    }

    @Test
    void filesNoRowNamesAreRemovedAfterAnHourAndNamedOnesStay() throws Exception {
        String tag = Long.toString(System.nanoTime());
        Path orphan = file("orphan-" + tag + ".jpg", true);
        Path fresh = file("fresh-" + tag + ".jpg", false);
        Path named = file("named-" + tag + ".jpg", true);
        Long user = jdbc.sql("select min(id) from app_user").query(Long.class).single();
        jdbc.sql(
                        "insert into photo_upload (uploaded_by, file_name, path, content_type, size_bytes, sha256, uploaded_at)"
                                + " values (:u, 'named.jpg', :p, 'image/jpeg', 3, 'x', :at)")
                .param("u", user)
                .param("p", "sweep-test/named-" + tag + ".jpg")
                .param("at", Timestamp.from(Instant.now()))
                .update();

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(orphan).doesNotExist();
        assertThat(fresh).exists();
        assertThat(named).exists();
    }
}
