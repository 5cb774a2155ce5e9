package app.redline.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such enterprise, or one outside the user's scope: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EnterpriseNotFoundException extends RuntimeException {

    public EnterpriseNotFoundException(Long id) {
        super("No enterprise " + id + " in scope");
    }
}
