package app.redline.hazard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such hazard, or one outside the user's scope: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class HazardNotFoundException extends RuntimeException {

    HazardNotFoundException(Long id) {
        super("No hazard " + id + " in scope");
    }
}
