package app.redline.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A notification that is not the user's, or does not exist: the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotificationNotFoundException extends RuntimeException {

    NotificationNotFoundException(Long id) {
        super("Notification " + id + " not found");
    }
}
