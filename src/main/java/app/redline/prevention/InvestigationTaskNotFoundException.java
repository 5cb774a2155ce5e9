package app.redline.prevention;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such investigation task, or one of an enterprise outside the user's scope: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InvestigationTaskNotFoundException extends RuntimeException {

    InvestigationTaskNotFoundException(Long id) {
        super("No investigation task " + id + " in scope");
    }
}
