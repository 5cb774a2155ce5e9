package app.redline.publicreport;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No case has this id, or the user is not one who may find it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CaseNotFoundException extends RuntimeException {

    CaseNotFoundException(long id) {
        super("No public report " + id);
    }
}
