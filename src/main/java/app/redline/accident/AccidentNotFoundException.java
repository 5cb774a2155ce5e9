package app.redline.accident;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No accident has this id, or the user's scope does not hold it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccidentNotFoundException extends RuntimeException {

    AccidentNotFoundException(long id) {
        super("No accident " + id);
    }
}
