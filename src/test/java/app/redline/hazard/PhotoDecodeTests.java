package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.system.FileStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Decompression bombs, one at a time: files of a few kilobytes that declare 7000×7000 pixels. A
 * baseline JPEG or a PNG (interlaced or not) is decoded subsampled, costing a few megabytes whatever
 * it declares; WebP and progressive JPEG, costly to decode, are decoded up to 16.8 million pixels and
 * refused above, before any decoding.
 */
class PhotoDecodeTests {

    static final long MB = 1024 * 1024;

    final PhotoStore store = new PhotoStore(FileStore.onDisk(java.nio.file.Path.of("target/test-data/decode")), 1);
    final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static byte[] resource(String name) {
        try (var in = PhotoDecodeTests.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(int side) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(int side, boolean progressive) {
        try {
            var writer = ImageIO.getImageWritersByFormatName("jpg").next();
            var param = writer.getDefaultWriteParam();
            param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(
                        null,
                        new IIOImage(new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY), null, null),
                        param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one file; returns the megabytes this thread allocated meanwhile. */
    long allocatedChecking(String name, byte[] content) {
        long before = threads.getCurrentThreadAllocatedBytes();
        var checked = store.check(List.of(new MockMultipartFile("photos", name, null, content)));
        assertThat(checked.get(0).thumb()).as(name + " has a thumbnail").isNotEmpty();
        return (threads.getCurrentThreadAllocatedBytes() - before) / MB;
    }

    @Test
    void bombsOfPlainFormatsAreDecodedSubsampledAtTheCostOfAThumbnail() {
        assertThat(png(7000).length).isLessThan(10_000);
        assertThat(allocatedChecking("bomb.png", png(7000))).isLessThan(32);
        assertThat(allocatedChecking("interlaced.png", resource("interlaced.png")))
                .isLessThan(32);
        assertThat(allocatedChecking("bomb.jpg", jpeg(7000, false))).isLessThan(32);
    }

    @Test
    void costlyFormatsAreRefusedAboveSixteenMillionPixelsBeforeDecoding() {
        for (var bomb : List.of(
                List.of("bomb.webp", resource("bomb-lossy.webp")),
                List.of("lossless.webp", resource("bomb-lossless.webp")),
                List.of("progressive.jpg", jpeg(7000, true)))) {
            String name = (String) bomb.get(0);
            long before = threads.getCurrentThreadAllocatedBytes();
            assertThatThrownBy(() ->
                            store.check(List.of(new MockMultipartFile("photos", name, null, (byte[]) bomb.get(1)))))
                    .isInstanceOfSatisfying(HazardRefused.class, e -> {
                        assertThat(e.code()).isEqualTo("hazard.photo.dimensionsCostly");
                        assertThat(e.args()).containsExactly(name);
                    });
            assertThat((threads.getCurrentThreadAllocatedBytes() - before) / MB)
                    .as(name)
                    .isLessThan(8);
        }
    }

    @Test
    void webpIsDecodedAndCheckedLikeTheOthers() {
        // the WebP reader's first use loads its classes and tables (several megabytes): not the photo's cost
        allocatedChecking("first.webp", resource("small.webp"));
        assertThat(allocatedChecking("small.webp", resource("small.webp"))).isLessThan(8);
        assertThat(allocatedChecking("mid.webp", resource("mid-lossy.webp"))).isPositive();
        byte[] cut = Arrays.copyOf(resource("small.webp"), 40);
        assertThatThrownBy(() -> store.check(List.of(new MockMultipartFile("photos", "cut.webp", null, cut))))
                .isInstanceOfSatisfying(
                        HazardRefused.class, e -> assertThat(e.code()).isEqualTo("hazard.photo.unreadable"));
    }

    @Test
    void aProgressiveJpegIsToldFromABaselineOne() {
        assertThat(PhotoContent.isCostly("image/jpeg", jpeg(64, true))).isTrue();
        assertThat(PhotoContent.isCostly("image/jpeg", jpeg(64, false))).isFalse();
        assertThat(PhotoContent.isCostly("image/png", png(64))).isFalse();
        assertThat(PhotoContent.isCostly("image/webp", resource("small.webp"))).isTrue();
    }
}
