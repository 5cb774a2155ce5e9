package app.redline.hazard;

/**
 * A photo checked and stored before the hazard it shows exists (a checklist item's photo in a
 * draft inspection): the file's name as the user chose it and where the store keeps it.
 */
public record KeptPhoto(String name, String path, String thumbPath, String contentType, long size, String sha256) {}
