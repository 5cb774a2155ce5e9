package app.redline.system;

/**
 * The validation group of the rules that hold only when something is created, such as a user's
 * username, which cannot change afterwards. Pages validate a new object with it; imports always do.
 */
public interface OnCreate {}
