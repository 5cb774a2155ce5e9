package app.redline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import lombok.extern.slf4j.Slf4j;

/** Files in a folder on this machine's disk ({@code redline.data-dir}): the store of one instance. */
@Slf4j
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StoredFile get(String key) {
        Path file = resolve(key);
        try {
            return Files.isRegularFile(file) ? new StoredFile(Files.size(file), Files.newInputStream(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", key, e.getMessage());
        }
    }

    @Override
    public Stream<String> keysWrittenBefore(String prefix, Instant before) {
        Path folder = resolve(prefix);
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try {
            return Files.walk(folder)
                    .filter(Files::isRegularFile)
                    .filter(file -> writtenBefore(file, before))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean writtenBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file of a key, never outside the root whatever the key says. */
    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("A file key outside the store: " + key);
        }
        return file;
    }
}
