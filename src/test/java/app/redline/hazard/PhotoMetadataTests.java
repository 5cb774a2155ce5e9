package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.system.FileStore;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A phone's portrait photo is stored sideways with an orientation: its thumbnail is turned upright.
 * A public reporter's photo loses what the camera wrote about the place, the device and its owner,
 * and keeps its orientation and its pixels.
 */
public class PhotoMetadataTests {

    public static final String OWNER = "Zhang San's phone";
    public static final String PLACE = "22.57N 113.08E";
    static final String COMMENT = "taken at home";

    final PhotoStore store = new PhotoStore(FileStore.onDisk(Path.of("target/test-data/metadata")), 1);

    /** 80×40 pixels, red on the left half and blue on the right, as a camera stores a portrait photo. */
    static BufferedImage sideways() {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 80; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, x < 40 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A little-endian EXIF segment: orientation, the owner's name (Artist) and a place (GPS-like text). */
    static byte[] exif(int orientation) {
        byte[] owner = (OWNER + "\0").getBytes(StandardCharsets.ISO_8859_1);
        byte[] place = (PLACE + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int data = 8 + 2 + 3 * 12 + 4; // header, count, three entries, next IFD
        ByteBuffer tiff =
                ByteBuffer.allocate(data + owner.length + place.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(owner.length).putInt(data);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(place.length).putInt(data + owner.length);
        tiff.putInt(0);
        tiff.put(owner).put(place);
        byte[] body = tiff.array();
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), body));
    }

    static byte[] segment(int marker, byte[] body) {
        int length = body.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, body);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A camera's JPEG: EXIF (orientation, owner, place), XMP and a comment after its JFIF header. */
    public static byte[] cameraJpeg(int orientation) throws IOException {
        byte[] plain = encode(sideways(), "jpg"); // SOI, APP0 (JFIF), tables, frame, scan
        int app0End = 2 + 2 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        byte[] xmp = segment(
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>" + PLACE + "</exif:GPSLatitude>")
                        .getBytes(StandardCharsets.ISO_8859_1));
        byte[] comment = segment(0xFE, COMMENT.getBytes(StandardCharsets.ISO_8859_1));
        return concat(
                java.util.Arrays.copyOfRange(plain, 0, app0End),
                exif(orientation),
                xmp,
                comment,
                java.util.Arrays.copyOfRange(plain, app0End, plain.length));
    }

    public static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void theOrientationIsReadFromEitherByteOrder() throws IOException {
        assertThat(PhotoMetadata.orientation(cameraJpeg(6))).isEqualTo(6);
        assertThat(PhotoMetadata.orientation(cameraJpeg(3))).isEqualTo(3);
        assertThat(PhotoMetadata.orientation(encode(sideways(), "jpg"))).isEqualTo(PhotoMetadata.UPRIGHT);
        // what the cleaned photo carries is big-endian
        assertThat(PhotoMetadata.orientation(PhotoMetadata.withoutMetadata(cameraJpeg(8), "image/jpeg")))
                .isEqualTo(8);
    }

    @Test
    void aPortraitPhotosThumbnailIsUpright() throws IOException {
        byte[] thumb = store.check(List.of(new MockMultipartFile("photos", "portrait.jpg", null, cameraJpeg(6))))
                .get(0)
                .thumb();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(image.getHeight()).as("taller than wide").isGreaterThan(image.getWidth());
        // a quarter turn clockwise: the stored left (red) is now the top, the right (blue) the bottom
        assertThat(new Color(image.getRGB(image.getWidth() / 2, 2)).getRed()).isGreaterThan(200);
        assertThat(new Color(image.getRGB(image.getWidth() / 2, image.getHeight() - 3)).getBlue())
                .isGreaterThan(200);
    }

    @Test
    void everyOrientationTurnsTheThumbnailAsTheCameraMeant() {
        BufferedImage stored = sideways();
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = PhotoMetadata.upright(stored, orientation);
            boolean sideways = orientation >= 5;
            assertThat(upright.getWidth()).isEqualTo(sideways ? 40 : 80);
            // where the stored image's first (red) column ends up
            int redAt = switch (orientation) {
                case 1, 4 -> upright.getRGB(0, 20); // left
                case 2, 3 -> upright.getRGB(79, 20); // right
                case 5, 6 -> upright.getRGB(20, 0); // top
                default -> upright.getRGB(20, 79); // bottom
            };
            assertThat(new Color(redAt).getRed())
                    .as("orientation " + orientation)
                    .isGreaterThan(200);
        }
    }

    @Test
    void aPublicPhotoKeepsNeitherPlaceNorOwnerButItsOrientationAndPixels() throws IOException {
        byte[] camera = cameraJpeg(6);
        assertThat(contains(camera, OWNER) && contains(camera, PLACE) && contains(camera, COMMENT))
                .isTrue();

        byte[] cleaned = PhotoMetadata.withoutMetadata(camera, "image/jpeg");
        assertThat(contains(cleaned, OWNER)).isFalse();
        assertThat(contains(cleaned, PLACE)).isFalse();
        assertThat(contains(cleaned, COMMENT)).isFalse();
        assertThat(contains(cleaned, "JFIF")).as("the JFIF header stays").isTrue();
        assertThat(PhotoMetadata.orientation(cleaned)).isEqualTo(6);
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(camera));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(after.getWidth()).isEqualTo(80);
        for (int x = 0; x < 80; x += 7) {
            assertThat(after.getRGB(x, 20)).isEqualTo(before.getRGB(x, 20));
        }
    }

    @Test
    void whatAPhoneAppendsAfterTheImageGoesAndTheColourProfileStays() throws IOException {
        byte[] camera = cameraJpeg(1);
        int app0End = 2 + 2 + (((camera[4] & 0xFF) << 8) | (camera[5] & 0xFF));
        byte[] icc = segment(0xE2, "ICC_PROFILE\0\1\1 sRGB".getBytes(StandardCharsets.ISO_8859_1));
        byte[] mpf = segment(0xE2, "MPF\0 index of the appended images".getBytes(StandardCharsets.ISO_8859_1));
        // a second image after the first one's end, with the owner in its own EXIF (a depth or gain map)
        byte[] appended = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, exif(1), new byte[] {(byte) 0xFF, (byte) 0xD9});
        byte[] phone = concat(
                java.util.Arrays.copyOfRange(camera, 0, app0End),
                mpf,
                java.util.Arrays.copyOfRange(camera, app0End, camera.length),
                appended);

        byte[] cleaned = PhotoMetadata.withoutMetadata(phone, "image/jpeg");
        assertThat(contains(cleaned, OWNER)).isFalse();
        assertThat(contains(cleaned, "MPF")).isFalse();
        assertThat(cleaned[cleaned.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(cleaned[cleaned.length - 1] & 0xFF).isEqualTo(0xD9);
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(80);
        // the colour profile (a made-up one here: kept, not decoded) stays
        byte[] profiled = concat(java.util.Arrays.copyOfRange(camera, 0, app0End), icc, mpf);
        assertThat(contains(PhotoMetadata.withoutMetadata(profiled, "image/jpeg"), "ICC_PROFILE"))
                .isTrue();
    }

    @Test
    void aPngLosesItsTextChunksAndStaysAPng() throws IOException {
        byte[] png = encode(sideways(), "png");
        // a tEXt chunk after the header (IHDR: 8 + 4 + 4 + 13 + 4 bytes in), CRC not checked by readers we use
        byte[] text = ("Author\0" + OWNER).getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = ByteBuffer.allocate(12 + text.length)
                .putInt(text.length)
                .put("tEXt".getBytes(StandardCharsets.ISO_8859_1))
                .put(text)
                .putInt(crc("tEXt", text))
                .array();
        int afterHeader = 8 + 25;
        byte[] tagged = concat(
                java.util.Arrays.copyOfRange(png, 0, afterHeader),
                chunk,
                java.util.Arrays.copyOfRange(png, afterHeader, png.length));
        assertThat(contains(tagged, OWNER)).isTrue();

        byte[] cleaned = PhotoMetadata.withoutMetadata(tagged, "image/png");
        assertThat(contains(cleaned, OWNER)).isFalse();
        assertThat(cleaned).isEqualTo(png);
    }

    @Test
    void aWebpLosesItsExifAndXmpChunks() {
        byte[] vp8l = ByteBuffer.allocate(8 + 6)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put("VP8L".getBytes(StandardCharsets.ISO_8859_1))
                .putInt(5)
                .put(new byte[] {0x2F, 0, 0, 0, 0, 0}) // five bytes of image, padded to six
                .array();
        byte[] vp8x = ByteBuffer.allocate(18)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put("VP8X".getBytes(StandardCharsets.ISO_8859_1))
                .putInt(10)
                .put((byte) 0x0C) // EXIF and XMP present
                .put(new byte[9])
                .array();
        byte[] owner = OWNER.getBytes(StandardCharsets.ISO_8859_1); // 17 bytes: padded
        byte[] exifChunk = ByteBuffer.allocate(8 + owner.length + 1)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put("EXIF".getBytes(StandardCharsets.ISO_8859_1))
                .putInt(owner.length)
                .put(owner)
                .array();
        byte[] body = concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), vp8x, vp8l, exifChunk);
        byte[] webp = concat(
                "RIFF".getBytes(StandardCharsets.ISO_8859_1),
                ByteBuffer.allocate(4)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putInt(body.length)
                        .array(),
                body);

        byte[] cleaned = PhotoMetadata.withoutMetadata(webp, "image/webp");
        assertThat(contains(cleaned, OWNER)).isFalse();
        assertThat(cleaned).hasSize(webp.length - exifChunk.length);
        assertThat(ByteBuffer.wrap(cleaned, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
                .isEqualTo(cleaned.length - 8);
        assertThat(cleaned[20] & 0x0C).as("VP8X says neither EXIF nor XMP").isZero();
        assertThat(contains(cleaned, "VP8L")).isTrue();
    }

    @Test
    void aFileThatIsNotWhatItSaysIsLeftAsItIs() {
        byte[] cut = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 1, 2, 3};
        assertThat(PhotoMetadata.orientation(cut)).isEqualTo(PhotoMetadata.UPRIGHT);
        assertThat(PhotoMetadata.withoutMetadata(cut, "image/jpeg")).isEqualTo(cut);
        assertThat(PhotoMetadata.withoutMetadata(new byte[] {1, 2}, "image/webp"))
                .containsExactly(1, 2);
    }

    static int crc(String type, byte[] data) {
        var crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return (int) crc.getValue();
    }
}
