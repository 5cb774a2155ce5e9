package app.redline.prevention;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such risk unit, or one of an enterprise outside the user's scope: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RiskUnitNotFoundException extends RuntimeException {

    RiskUnitNotFoundException(Long id) {
        super("No risk unit " + id + " in scope");
    }
}
