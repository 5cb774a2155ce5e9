package app.redline.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A photo's file as the store keeps it: where (relative to the photo folder), its thumbnail (none
 * for WebP), its content type, size and SHA-256 checksum. The same columns in every table that
 * holds photos.
 */
@Embeddable
public record StoredPhoto(
        @Column(name = "path") String path,
        @Column(name = "thumb_path") String thumbPath,
        @Column(name = "content_type") String contentType,
        @Column(name = "size_bytes") long sizeBytes,
        @Column(name = "sha256") String sha256) {

    /** The file to send: the thumbnail when asked for and there is one, else the photo. */
    String pathFor(boolean thumbnail) {
        return thumbnail && thumbPath != null ? thumbPath : path;
    }

    String typeFor(boolean thumbnail) {
        return thumbnail && thumbPath != null ? "image/jpeg" : contentType;
    }
}
