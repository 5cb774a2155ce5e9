package app.redline.hazard;

import app.redline.system.FileStore;
import app.redline.system.Sha256;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps hazard photos (and inspections' photos) in the installation's {@link FileStore}, under
 * {@code photos/}: a folder on disk, or an object store shared by several instances. A photo is accepted only if its content is
 * a JPEG, PNG or WebP image (whatever its name says), at most 10 MB, of at most 50 million pixels,
 * and decodes: each gets a JPEG thumbnail. Decoding is subsampled (memory bounded by the thumbnail)
 * and at most {@code redline.photos.concurrent-decodes} run at once (time bounded whatever a header
 * says); callers check photos before their database transaction opens. Files written in a
 * transaction that rolls back are removed again; one the store refuses is refused with the photo's
 * name, and nothing of the form is lost.
 */
@Slf4j
@Component
class PhotoStore {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 50_000_000L;
    /**
     * WebP and progressive JPEG cost several times more to decode than a camera's baseline JPEG (a
     * lossy WebP of 50 million pixels takes seconds and gigabytes of garbage; a progressive JPEG
     * buffers every coefficient): they are capped lower.
     */
    static final long MAX_PIXELS_COSTLY = 16_800_000L;

    static final int MAX_PHOTOS = 10;
    static final int THUMB_WIDTH = 320;

    /** A photo that passed the checks, with its thumbnail made already (null for WebP). */
    record Checked(String name, byte[] content, String type, byte[] thumb) {}

    /** Where photos are, in the file store: their rows name them relative to this. */
    static final String PREFIX = "photos/";

    /** How long a photo waits for a free decoder before it is refused as "busy". */
    static final Duration DECODE_WAIT = Duration.ofSeconds(20);

    private final FileStore files;
    private final Semaphore decoders;

    PhotoStore(FileStore files, @Value("${redline.photos.concurrent-decodes:0}") int concurrentDecodes) {
        this.files = files;
        ImageIO.scanForPlugins(); // the WebP reader, from the application's class path
        this.decoders = new Semaphore(
                concurrentDecodes > 0
                        ? concurrentDecodes
                        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                true);
    }

    /**
     * Checks every file before anything is written: one bad file refuses them all, and the refusal
     * names the file. Each image is decoded here (subsampled, so a huge one costs little memory):
     * one that is cut short or does not decode is refused, never stored.
     */
    List<Checked> check(List<MultipartFile> files) {
        List<MultipartFile> present = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        if (present.size() > MAX_PHOTOS) {
            throw new HazardRefused("photos", "hazard.photo.tooMany");
        }
        return present.stream().map(this::checked).toList();
    }

    /**
     * Checks one file and stores it; a refusal names the file. Without metadata, what the camera
     * wrote beside the pixels (place, time, device, owner) is not kept, its orientation aside.
     */
    KeptPhoto keep(MultipartFile file, boolean withoutMetadata) {
        Checked checked = check(List.of(file)).get(0);
        if (withoutMetadata) {
            checked = new Checked(
                    checked.name(),
                    PhotoMetadata.withoutMetadata(checked.content(), checked.type()),
                    checked.type(),
                    checked.thumb());
        }
        return new KeptPhoto(checked.name(), store(checked));
    }

    StoredPhoto store(Checked photo) {
        byte[] content = photo.content();
        String type = photo.type();
        String name = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now();
        String folder = today.getYear() + "/" + String.format("%02d", today.getMonthValue());
        String path = folder + "/" + name + "." + extension(type);
        String thumbPath = null;
        try {
            write(path, content, type);
            byte[] thumb = photo.thumb();
            if (thumb != null) {
                thumbPath = folder + "/" + name + "-thumb.jpg";
                write(thumbPath, thumb, "image/jpeg");
            }
        } catch (RuntimeException e) {
            log.warn("The file store refused a photo: {}", e.toString());
            files.delete(PREFIX + path);
            throw new HazardRefused("photos", "hazard.photo.unstored", photo.name());
        }
        return new StoredPhoto(path, thumbPath, type, content.length, Sha256.hex(content));
    }

    /** A stored photo's file (or its thumbnail), open for sending, or null when it is gone. */
    HazardReports.PhotoFile load(StoredPhoto photo, boolean thumbnail) {
        String path = photo.pathFor(thumbnail);
        if (path == null || path.contains("..")) {
            return null;
        }
        FileStore.StoredFile file = files.get(PREFIX + path);
        return file == null ? null : new HazardReports.PhotoFile(file, photo.typeFor(thumbnail));
    }

    private Checked checked(MultipartFile file) {
        String name = PhotoContent.displayName(file.getOriginalFilename());
        if (!PhotoContent.isPlainName(file.getOriginalFilename())) {
            throw new HazardRefused("photos", "hazard.photo.name", name);
        }
        if (file.getSize() > MAX_BYTES) {
            throw new HazardRefused("photos", "hazard.photo.tooLarge", name);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new HazardRefused("photos", "hazard.photo.unreadable", name);
        }
        if (content.length > MAX_BYTES) {
            throw new HazardRefused("photos", "hazard.photo.tooLarge", name);
        }
        String type = PhotoContent.typeOf(content);
        if (type == null || PhotoContent.containsMarkup(content)) {
            throw new HazardRefused("photos", "hazard.photo.type", name);
        }
        return new Checked(name, content, type, decoded(content, name, PhotoContent.isCostly(type, content)));
    }

    /** Decodes under the cap on concurrent decodes; a photo that waits too long is refused as busy. */
    private byte[] decoded(byte[] content, String name, boolean costly) {
        boolean acquired;
        try {
            acquired = decoders.tryAcquire(DECODE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new HazardRefused("photos", "hazard.photo.busy", name);
        }
        try {
            return thumbnail(content, name, costly ? MAX_PIXELS_COSTLY : MAX_PIXELS);
        } finally {
            decoders.release();
        }
    }

    /**
     * Reads the dimensions from the header first (a huge image is refused, not decoded), then
     * decodes every n-th pixel only, enough for the thumbnail: a decompression bomb costs no more
     * memory than a thumbnail, and an image cut short or corrupt fails here, with its name.
     */
    private static byte[] thumbnail(byte[] content, String name, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new HazardRefused("photos", "hazard.photo.type", name);
            }
            ImageReader reader = readers.next();
            BufferedImage image;
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new HazardRefused("photos", "hazard.photo.unreadable", name);
                }
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new HazardRefused("photos", "hazard.photo.dimensions", name);
                }
                if ((long) width * height > maxPixels) {
                    throw new HazardRefused("photos", "hazard.photo.dimensionsCostly", name);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width, height) / THUMB_WIDTH);
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
            return scaled(PhotoMetadata.upright(image, PhotoMetadata.orientation(content)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof HazardRefused refused) {
                throw refused;
            }
            throw new HazardRefused("photos", "hazard.photo.unreadable", name);
        }
    }

    private static byte[] scaled(BufferedImage image) throws IOException {
        int width = Math.min(THUMB_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(thumb, "jpg", out);
        return out.toByteArray();
    }

    private void write(String relativePath, byte[] content, String type) {
        // a file left behind anyway is harmless (no row names it) and the sweep removes it
        files.putWithTransaction(PREFIX + relativePath, content, type);
    }

    private static String extension(String type) {
        return switch (type) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "webp";
        };
    }
}
