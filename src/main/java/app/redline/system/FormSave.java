package app.redline.system;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page saves a bound form: when the form passed its checks, save it and go where the save
 * says with a message; a rule only the server can check ({@link FieldProblem}) goes next to its
 * field; and whatever was refused shows the form again with what the user typed.
 */
public final class FormSave {

    private FormSave() {}

    /**
     * Saves the form. {@code save} writes and returns the path to redirect to; {@code page} renders
     * the form again.
     */
    public static String save(
            BindingResult result,
            RedirectAttributes redirect,
            String message,
            Supplier<String> save,
            Supplier<String> page) {
        if (!result.hasErrors()) {
            try {
                String path = save.get();
                redirect.addFlashAttribute("message", message);
                return "redirect:" + path;
            } catch (FieldProblem problem) {
                if (problem.field() == null) {
                    result.reject(problem.code());
                } else {
                    result.rejectValue(problem.field(), problem.code());
                }
            }
        }
        return page.get();
    }

    /** Saves changes to what {@code path} shows: {@code update} writes, and the page goes back there. */
    public static String update(
            BindingResult result,
            RedirectAttributes redirect,
            String message,
            String path,
            Runnable update,
            Supplier<String> page) {
        return save(
                result,
                redirect,
                message,
                () -> {
                    update.run();
                    return path;
                },
                page);
    }
}
