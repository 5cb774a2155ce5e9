package app.redline.account;

import app.redline.system.FieldProblem;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Users change their own password; one set by an administrator must be changed first. */
@Controller
@RequestMapping("/profile/password")
@RequiredArgsConstructor
class ProfileController {

    private final PasswordChange passwordChange;

    @GetMapping
    String showForm(@ModelAttribute("form") PasswordChangeForm form) {
        return "profile/password";
    }

    @PostMapping
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult result,
            HttpServletRequest request)
            throws ServletException {
        if (result.hasErrors()) {
            return "profile/password";
        }
        try {
            passwordChange.change(user, form);
        } catch (FieldProblem e) {
            result.rejectValue(e.field(), e.code());
            return "profile/password";
        }
        request.logout();
        return "redirect:/login?passwordChanged";
    }
}
