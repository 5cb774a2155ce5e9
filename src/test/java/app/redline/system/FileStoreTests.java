package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.S3TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two file stores keep the same promises: on local disk, and in a real S3-compatible server. */
class FileStoreTests {

    static FileStore store(String kind) throws Exception {
        Path dataDir = Files.createTempDirectory("redline-files");
        StorageConfiguration configuration = new StorageConfiguration();
        return kind.equals("local")
                ? configuration.fileStore(
                        dataDir.toString(), new ObjectStoreSettings("", "unused", "us-east-1", "", ""))
                : configuration.fileStore(
                        dataDir.toString(),
                        new ObjectStoreSettings(
                                S3TestServer.endpoint(),
                                "file-store-tests-" + System.nanoTime(),
                                "us-east-1",
                                S3TestServer.ACCESS_KEY,
                                S3TestServer.SECRET_KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void whatIsPutIsReadBackWithItsSizeUntilDeleted(String kind) throws Exception {
        FileStore files = store(kind);
        byte[] content = "一张照片".getBytes(StandardCharsets.UTF_8);
        files.put("photos/2026/11/a.jpg", content, "image/jpeg");

        try (FileStore.StoredFile file = files.get("photos/2026/11/a.jpg")) {
            assertThat(file.size()).isEqualTo(content.length);
            assertThat(file.content().readAllBytes()).isEqualTo(content);
        }
        assertThat(files.get("photos/2026/11/missing.jpg")).isNull();

        files.delete("photos/2026/11/a.jpg");
        files.delete("photos/2026/11/a.jpg"); // a second delete is no error
        assertThat(files.get("photos/2026/11/a.jpg")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void theSweepSeesOnlyFilesUnderItsPrefixWrittenBeforeItsTime(String kind) throws Exception {
        FileStore files = store(kind);
        files.put("photos/2026/11/b.jpg", new byte[] {1}, "image/jpeg");
        files.put("documents/c.pdf", new byte[] {2}, "application/pdf");

        try (Stream<String> now =
                files.keysWrittenBefore("photos/", Instant.now().minus(1, ChronoUnit.HOURS))) {
            assertThat(now).isEmpty();
        }
        try (Stream<String> later =
                files.keysWrittenBefore("photos/", Instant.now().plus(1, ChronoUnit.HOURS))) {
            assertThat(later).containsExactly("photos/2026/11/b.jpg");
        }
    }

    @Test
    void aKeyCannotLeaveTheLocalFolder() throws Exception {
        FileStore files = store("local");
        assertThatThrownBy(() -> files.put("../outside.jpg", new byte[] {1}, "image/jpeg"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.get("photos/../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
