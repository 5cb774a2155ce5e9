package app.redline.hazard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a photo's bytes and name say before it is decoded: its image type by content (whatever its
 * name says), whether it also carries markup, whether it is costly to decode, and its file name as
 * a message may show it.
 */
final class PhotoContent {

    private PhotoContent() {}

    /** A file's name as a message may show it: its last part, at most 80 characters. */
    static String displayName(String original) {
        if (original == null || original.isBlank()) {
            return "?";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return name.length() > 80 ? name.substring(0, 79) + "…" : name;
    }

    /** A browser sends a file's own name: a path, a parent reference or a control character is not one. */
    static boolean isPlainName(String name) {
        return name == null
                || (!name.contains("/")
                        && !name.contains("\\")
                        && !name.contains("..")
                        && name.chars().noneMatch(Character::isISOControl)
                        && name.length() <= 255);
    }

    private static final List<byte[]> MARKUP = Stream.of(
                    "<script", "<html", "<svg", "<?php", "<!doctype", "<iframe", "javascript:")
            .map(m -> m.getBytes(StandardCharsets.US_ASCII))
            .toList();

    /**
     * Whether an "image" also carries markup or script (a polyglot: a picture to the checks, a page
     * or a program to something else). Compressed image data does not spell these by chance.
     */
    static boolean containsMarkup(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] != '<' && content[i] != 'j' && content[i] != 'J') {
                continue;
            }
            for (byte[] marker : MARKUP) {
                if (startsWithIgnoringCase(content, i, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(byte[] content, int at, byte[] marker) {
        if (at + marker.length > content.length) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            if (Character.toLowerCase((char) (content[at + k] & 0xff)) != marker[k]) {
                return false;
            }
        }
        return true;
    }

    /** The image type by the file's first bytes, or null if it is none we take. */
    static String typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8
                && (b[0] & 0xff) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** WebP, or a JPEG whose frame is progressive (its first start-of-frame marker is SOF2 or later). */
    static boolean isCostly(String type, byte[] b) {
        if ("image/webp".equals(type)) {
            return true;
        }
        if (!"image/jpeg".equals(type)) {
            return false;
        }
        int i = 2;
        while (i + 4 < b.length && (b[i] & 0xff) == 0xFF) {
            int marker = b[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return marker != 0xC0 && marker != 0xC1;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                i += 2;
                continue;
            }
            i += 2 + (((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff));
        }
        return false;
    }
}
