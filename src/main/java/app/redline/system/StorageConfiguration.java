package app.redline.system;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Which {@link FileStore} this installation uses: an S3-compatible object store when
 * {@code redline.storage.s3.endpoint} is set (several instances share it), otherwise the folder
 * {@code photos} under the data directory (one machine, and the embedded run).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    FileStore fileStore(@Value("${redline.data-dir}") String dataDir, ObjectStoreSettings s3) {
        if (!s3.configured()) {
            return FileStore.onDisk(Path.of(dataDir));
        }
        S3Client client = S3Client.builder()
                .endpointOverride(URI.create(s3.endpoint()))
                .region(Region.of(s3.region()))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
                // Path-style (http://host/bucket/key): what MinIO, Ceph and most private stores expect.
                .forcePathStyle(true)
                // One signed body, not "aws-chunked" streaming: every S3-compatible store reads it
                // (some keep the chunk framing in the object otherwise). Photos are in memory anyway.
                .serviceConfiguration(
                        S3Configuration.builder().chunkedEncodingEnabled(false).build())
                // Checksums only where S3 requires them: stores that do not speak the newest
                // streaming-checksum protocol still take every upload. Redline keeps its own SHA-256.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        S3FileStore store = new S3FileStore(client, s3.bucket());
        store.ensureBucket();
        return store;
    }
}
