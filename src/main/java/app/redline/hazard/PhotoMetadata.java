package app.redline.hazard;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * What a photo's file says about the photo beside its pixels: the camera's orientation (a phone
 * keeps a portrait photo's pixels sideways and says how to turn them), and what a public reporter's
 * photo must not keep: the place, the time, the device and its owner (EXIF, XMP, IPTC, comments).
 * Every read is bounded by the file: a malformed header answers "none" and leaves the file as it is.
 */
final class PhotoMetadata {

    /** The EXIF orientation when the file says none: the pixels are upright. */
    static final int UPRIGHT = 1;

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ORIENTATION_TAG = 0x0112;

    /** PNG chunks that carry text, a time or EXIF rather than the image. */
    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private PhotoMetadata() {}

    /** A JPEG's EXIF orientation (1–8), or {@link #UPRIGHT} when it has none. */
    static int orientation(byte[] jpeg) {
        for (int[] segment = jpegSegment(jpeg, 2); segment != null; segment = jpegSegment(jpeg, segment[2])) {
            if (segment[0] == 0xE1 && startsWith(jpeg, segment[1], EXIF)) {
                int value = tiffOrientation(jpeg, segment[1] + EXIF.length, segment[2]);
                if (value >= 1 && value <= 8) {
                    return value;
                }
            }
        }
        return UPRIGHT;
    }

    /** The image turned as its orientation says (the pixels as stored when {@link #UPRIGHT}). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // a quarter turn anticlockwise
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean sideways = orientation >= 5;
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /**
     * The photo without its metadata: a JPEG without EXIF, XMP, IPTC and comments (its orientation
     * kept, alone), a PNG without its text, time and EXIF chunks, a WebP without EXIF and XMP. The
     * pixels are not touched. A file whose structure is not as expected is returned unchanged only
     * up to where it stops making sense: the rest is copied as it is.
     */
    static byte[] withoutMetadata(byte[] content, String type) {
        return switch (type) {
            case "image/jpeg" -> jpegWithout(content);
            case "image/png" -> pngWithout(content);
            case "image/webp" -> webpWithout(content);
            default -> content;
        };
    }

    // JPEG: SOI, then segments (marker, two-byte length) until the scan, whose data follows as is.

    /** The segment at {@code at}: {marker, start of its data, end}; null at the scan or at an error. */
    private static int[] jpegSegment(byte[] b, int at) {
        int i = at;
        while (i + 1 < b.length && (b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xFF) {
            i++; // fill bytes
        }
        if (i + 4 > b.length || (b[i] & 0xFF) != 0xFF) {
            return null;
        }
        int marker = b[i + 1] & 0xFF;
        if (marker == 0xDA || marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            return null; // the scan (or a marker without length where none belongs): the rest as is
        }
        int length = u16(b, i + 2, false);
        if (length < 2 || i + 2 + length > b.length) {
            return null;
        }
        return new int[] {marker, i + 4, i + 2 + length};
    }

    private static byte[] jpegWithout(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return b;
        }
        int orientation = orientation(b);
        boolean oriented = orientation == UPRIGHT;
        var out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int rest = 2;
        for (int[] segment = jpegSegment(b, 2); segment != null; segment = jpegSegment(b, segment[2])) {
            int marker = segment[0];
            int start = segment[1] - 4;
            if (!oriented && marker != 0xE0) { // after JFIF's APP0, which must come first
                out.writeBytes(orientationOnly(orientation));
                oriented = true;
            }
            // kept: JFIF (APP0), the colour profile (APP2 ICC_PROFILE), Adobe's colour transform
            // (APP14), and everything that is not an application segment or a comment (tables, the
            // frame); an APP2 of another kind (MPF: the images a phone appends) goes
            boolean colourProfile = marker == 0xE2 && startsWith(b, segment[1], ICC_PROFILE);
            boolean metadata = marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xEE && !colourProfile);
            if (!metadata) {
                out.write(b, start, segment[2] - start);
            }
            rest = segment[2];
        }
        if (!oriented) {
            out.writeBytes(orientationOnly(orientation));
        }
        // The scans up to the end of the image; what a phone appends after it (a depth or gain map
        // with metadata of its own, a maker's trailer) is left off. In entropy-coded data 0xFF is
        // followed by 0x00 or a restart marker, so the first 0xFF 0xD9 is the image's end.
        int end = b.length;
        for (int i = rest; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                end = i + 2;
                break;
            }
        }
        out.write(b, rest, end - rest);
        return out.toByteArray();
    }

    /** An APP1 segment whose EXIF says the orientation and nothing else. */
    private static byte[] orientationOnly(int orientation) {
        var out = new ByteArrayOutputStream(36);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 34});
        out.writeBytes(EXIF);
        out.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian TIFF, IFD0 at 8
        out.writeBytes(new byte[] {0, 1}); // one entry
        out.writeBytes(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0}); // SHORT, 1 value
        out.writeBytes(new byte[] {0, 0, 0, 0}); // no next IFD
        return out.toByteArray();
    }

    /** The orientation tag of IFD0 of the TIFF structure in {@code b[start, end)}, or 0. */
    private static int tiffOrientation(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 0;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) {
            return 0;
        }
        int at = start + (int) ifd;
        int entries = u16(b, at, little);
        for (int e = 0; e < entries; e++) {
            int entry = at + 2 + 12 * e;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG && u16(b, entry + 2, little) == 3) {
                return u16(b, entry + 8, little);
            }
        }
        return 0;
    }

    // PNG: the signature, then chunks (length, type, data, CRC); each kept or dropped whole.

    private static byte[] pngWithout(byte[] b) {
        var out = new ByteArrayOutputStream(b.length);
        int i = 8;
        out.write(b, 0, Math.min(8, b.length));
        while (i + 12 <= b.length) {
            long length = u32(b, i, false);
            if (length > b.length - i - 12) {
                break;
            }
            int end = i + 12 + (int) length;
            String chunk = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            if (!PNG_METADATA.contains(chunk)) {
                out.write(b, i, end - i);
            }
            i = end;
        }
        if (i < b.length) {
            out.write(b, i, b.length - i);
        }
        return out.toByteArray();
    }

    // WebP: RIFF, its size, WEBP, then chunks (fourcc, little-endian size, data padded to even).

    private static byte[] webpWithout(byte[] b) {
        if (b.length < 12) {
            return b;
        }
        var out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 12);
        int i = 12;
        while (i + 8 <= b.length) {
            long size = u32(b, i + 4, true);
            long padded = size + (size & 1);
            if (padded > b.length - i - 8) {
                break;
            }
            int end = i + 8 + (int) padded;
            String chunk = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            if (chunk.equals("VP8X") && size >= 1) {
                byte[] header = Arrays.copyOfRange(b, i, end);
                header[8] &= (byte) ~0x0C; // no EXIF (0x08), no XMP (0x04) any more
                out.writeBytes(header);
            } else if (!chunk.equals("EXIF") && !chunk.equals("XMP ")) {
                out.write(b, i, end - i);
            }
            i = end;
        }
        if (i < b.length) {
            out.write(b, i, b.length - i);
        }
        byte[] result = out.toByteArray();
        int riff = result.length - 8;
        result[4] = (byte) riff;
        result[5] = (byte) (riff >>> 8);
        result[6] = (byte) (riff >>> 16);
        result[7] = (byte) (riff >>> 24);
        return result;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return at + prefix.length <= b.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? x | (y << 8) : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long first = u16(b, at, little);
        long second = u16(b, at + 2, little);
        return little ? first | (second << 16) : (first << 16) | second;
    }
}
