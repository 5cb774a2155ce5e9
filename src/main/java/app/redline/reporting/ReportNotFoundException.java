package app.redline.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such period (an address that names none). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(String period) {
        super("No reporting period " + period);
    }
}
