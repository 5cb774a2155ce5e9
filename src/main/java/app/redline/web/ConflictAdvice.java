package app.redline.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone changed the object meanwhile: say so (409) instead of overwriting their change. */
@ControllerAdvice
class ConflictAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile(Model model) {
        model.addAttribute("status", 409);
        return "error";
    }
}
