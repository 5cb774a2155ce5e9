package app.redline.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The SHA-256 of a document's content written out as text, in hex: what shows it unchanged since signed. */
final class ContentHash {

    private ContentHash() {}

    /** A document's figures as the parameters {@code f0}, {@code f1} … of the statement that keeps them. */
    static Map<String, Object> figureParams(List<Integer> values) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            params.put("f" + i, values.get(i));
        }
        return params;
    }

    static String of(CharSequence text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
