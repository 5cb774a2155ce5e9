package app.redline.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such user, or one outside the administrator's region: the two look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFoundException extends RuntimeException {

    UserNotFoundException(Long id) {
        super("No user " + id + " in scope");
    }
}
