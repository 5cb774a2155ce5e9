package app.redline.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No industry with this code. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class IndustryNotFoundException extends RuntimeException {

    IndustryNotFoundException(String code) {
        super("No industry " + code);
    }
}
