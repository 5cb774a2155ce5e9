package app.redline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The S3-compatible object store for files ({@code redline.storage.s3.*}, README "Configure it"):
 * none when no endpoint is set.
 */
@ConfigurationProperties("redline.storage.s3")
record ObjectStoreSettings(
        String endpoint,
        @DefaultValue("redline") String bucket,
        @DefaultValue("us-east-1") String region,
        String accessKey,
        String secretKey) {

    boolean configured() {
        return StringUtils.hasText(endpoint);
    }
}
