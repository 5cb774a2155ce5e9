package app.redline.web;

/** A form sent a second time: its one-time token was used already. */
class DuplicateSubmission extends RuntimeException {

    DuplicateSubmission() {
        super("The form was submitted already");
    }
}
