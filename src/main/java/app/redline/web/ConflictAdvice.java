package app.redline.web;

import app.redline.system.DuplicateSubmission;
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
    String uploadTooLarge(Model model) {
        model.addAttribute("status", 413);
        return "error";
    }

    @ExceptionHandler(DuplicateSubmission.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String submittedTwice(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("reason", "duplicate");
        return "error";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile(Model model) {
        model.addAttribute("status", 409);
        return "error";
    }
}
