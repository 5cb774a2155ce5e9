package app.redline.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such unit, or one outside the administrator's region: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnitNotFoundException extends RuntimeException {

    UnitNotFoundException(Long id) {
        super("No unit " + id + " in reach");
    }
}
