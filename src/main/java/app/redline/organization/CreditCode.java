package app.redline.organization;

import java.util.Locale;

/**
 * The unified social credit code of GB 32100-2015: 18 characters from a 31-character alphabet, the
 * last one a check character over the first 17.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /**
     * A code as typed or pasted, in the form it is kept: full-width characters made half-width
     * (NFKC), spaces of any kind (a full-width one after a pasted code) removed, letters upper case.
     * The form and the import both read codes through this.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .toUpperCase(Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("A credit code has 17 characters before its check character");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static String alphabet() {
        return ALPHABET;
    }
}
