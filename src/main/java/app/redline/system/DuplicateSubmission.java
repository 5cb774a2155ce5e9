package app.redline.system;

/** A form sent a second time: its one-time token was used already by a create that happened. */
public class DuplicateSubmission extends RuntimeException {

    public DuplicateSubmission() {
        super("The form was submitted already");
    }
}
