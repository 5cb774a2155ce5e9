package app.redline.standard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No edition of a standard has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StandardNotFoundException extends RuntimeException {

    StandardNotFoundException(long id) {
        super("No judgement standard " + id);
    }
}
