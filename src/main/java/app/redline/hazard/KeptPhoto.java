package app.redline.hazard;

/**
 * A photo checked and stored before the hazard it shows exists (a checklist item's photo in a
 * draft inspection, a photo of a refused form): the file's name as the user chose it, and the file.
 */
public record KeptPhoto(String name, StoredPhoto file) {}
