package app.redline.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every Java runtime has: of bytes, and of text (UTF-8) in hexadecimal. */
public final class Sha256 {

    private Sha256() {}

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The hash in lower-case hexadecimal (64 characters). */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The hash of the text's UTF-8 bytes, in lower-case hexadecimal; null hashes as the empty text. */
    public static String hex(CharSequence text) {
        return hex((text == null ? "" : text.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
