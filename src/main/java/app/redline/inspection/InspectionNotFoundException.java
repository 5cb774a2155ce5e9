package app.redline.inspection;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such inspection or template, or one outside the user's scope: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InspectionNotFoundException extends RuntimeException {

    InspectionNotFoundException(Long id) {
        super("No inspection or template " + id + " in scope");
    }
}
