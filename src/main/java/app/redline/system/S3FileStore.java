package app.redline.system;

import java.time.Instant;
import java.util.stream.Stream;
import lombok.extern.slf4j.Slf4j;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in a bucket of an S3-compatible object store (MinIO, Ceph, the object stores of
 * government and public clouds), shared by every instance. Keys are the bucket's object keys.
 */
@Slf4j
class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * Creates the bucket when it does not exist yet (a fresh MinIO, a test server). A store that
     * does not answer does not stop the start: uploads are refused with a message until it does.
     */
    void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            create();
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                log.warn("The object store refused to show the bucket {}: {}", bucket, e.getMessage());
                return;
            }
            create();
        } catch (SdkException e) {
            log.warn("The object store does not answer ({}): photos cannot be stored until it does", e.getMessage());
        }
    }

    private void create() {
        log.info("Creating the bucket {} for Redline's files", bucket);
        s3.createBucket(b -> b.bucket(bucket));
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        s3.putObject(
                p -> p.bucket(bucket).key(key).contentType(contentType).contentLength((long) content.length),
                RequestBody.fromBytes(content));
    }

    @Override
    public StoredFile get(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in =
                    s3.getObject(g -> g.bucket(bucket).key(key));
            return new StoredFile(in.response().contentLength(), in);
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null; // some stores answer a missing key without S3's error code
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(key));
        } catch (SdkException e) {
            log.warn("Could not remove {}: {}", key, e.getMessage());
        }
    }

    @Override
    public Stream<String> keysWrittenBefore(String prefix, Instant before) {
        return s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix)).contents().stream()
                .filter(o -> o.lastModified().isBefore(before))
                .map(S3Object::key);
    }

    @Override
    public void close() {
        s3.close();
    }
}
