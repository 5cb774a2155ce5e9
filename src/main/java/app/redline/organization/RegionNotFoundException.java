package app.redline.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such region, or one outside the administrator's region: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RegionNotFoundException extends RuntimeException {

    RegionNotFoundException(String code) {
        super("No region " + code + " in reach");
    }
}
