package app.redline.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where Redline keeps files: photos and their thumbnails today, documents later. A file lives
 * under a key, a relative path such as {@code photos/2026/11/<uuid>.jpg}. One folder on local disk
 * for one machine (the default), or an S3-compatible object store shared by several instances
 * (README, "Run it at scale"). Files are only ever served by the application, after its scope
 * check; the store itself is never exposed.
 */
public interface FileStore {

    /** The store of one machine: files in a folder on its disk (the data directory). */
    static FileStore onDisk(Path folder) {
        return new LocalFileStore(folder);
    }

    /** Writes a file under its key, replacing any file there. */
    void put(String key, byte[] content, String contentType);

    /**
     * Writes a file that belongs to the current transaction: taken back when the transaction does not
     * commit, so that a refused or failed step leaves no file behind (one left behind anyway is
     * harmless: no row names it).
     */
    default void putWithTransaction(String key, byte[] content, String contentType) {
        put(key, content, contentType);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
    }

    /** The file under the key, open for reading (the caller closes it), or null when there is none. */
    StoredFile get(String key);

    /** Removes the file under the key, if there is one. */
    void delete(String key);

    /**
     * The keys under a prefix ({@code photos/}) of the files written before an instant, for the sweep
     * of files no row names. The caller closes the stream.
     */
    Stream<String> keysWrittenBefore(String prefix, Instant before);

    /** A file read back: its size in bytes and its content. */
    record StoredFile(long size, InputStream content) implements Closeable {

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
