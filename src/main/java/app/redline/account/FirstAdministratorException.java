package app.redline.account;

/** The first administrator cannot be created from the environment. */
class FirstAdministratorException extends RuntimeException {

    FirstAdministratorException(String message) {
        super(message);
    }
}
