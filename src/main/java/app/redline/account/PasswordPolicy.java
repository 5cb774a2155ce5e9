package app.redline.account;

/** A password has at least 10 characters, with letters and digits. */
final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    public static boolean isStrong(String password) {
        return password != null
                && password.length() >= MIN_LENGTH
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }
}
