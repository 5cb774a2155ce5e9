package app.redline.web;

import app.redline.system.DuplicateSubmission;
import app.redline.system.UniqueViolation;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Requests the application refuses as a whole, shown on the error page: someone changed the object
 * meanwhile or the same form was sent twice (409, instead of overwriting or repeating), or an upload
 * is too large (413).
 */
@ControllerAdvice
class ConflictAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String uploadTooLarge(HttpServletRequest request, Model model) {
        model.addAttribute("back", ErrorPageAttributes.back(request.getHeader("Referer"), request.getHeader("Host")));
        return error(model, HttpStatus.PAYLOAD_TOO_LARGE, null);
    }

    /**
     * A form field no form of Redline has, such as a list index beyond any list's length
     * ({@code items[300].text}): a bad request, never a 500.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badField(Model model) {
        return error(model, HttpStatus.BAD_REQUEST, null);
    }

    @ExceptionHandler(DuplicateSubmission.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String submittedTwice(Model model) {
        return error(model, HttpStatus.CONFLICT, "duplicate");
    }

    /**
     * A uniqueness rule of the database refused a second row (a double click, two tabs, two people
     * at once): the first one counts, nothing was done twice. Any other integrity failure stays an
     * error.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, PersistenceException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String doneAlready(RuntimeException failure, Model model) {
        if (failure instanceof OptimisticLockException) {
            return error(model, HttpStatus.CONFLICT, null);
        }
        if (!UniqueViolation.is(failure)) {
            throw failure;
        }
        return error(model, HttpStatus.CONFLICT, "duplicate");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile(Model model) {
        return error(model, HttpStatus.CONFLICT, null);
    }

    /** The error page with its status and, where there is one, the reason it explains. */
    private static String error(Model model, HttpStatus status, String reason) {
        model.addAttribute("status", status.value());
        if (reason != null) {
            model.addAttribute("reason", reason);
        }
        return "error";
    }
}
