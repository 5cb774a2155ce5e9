package app.redline.account;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage the users of their region. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminUserController {

    static final int PAGE_SIZE = 25;

    private final UserAdministration users;

    @GetMapping
    String showList(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("users", users.search(admin, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", q);
        return "admin/users/list";
    }

    @GetMapping("/new")
    String showForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        return form(admin, new UserForm(), null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInUser admin,
            @Validated({Default.class, UserForm.Creation.class}) @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(admin, form, null, model);
        }
        try {
            Long id = users.create(admin, form);
            redirect.addFlashAttribute("message", "user.created");
            return "redirect:/admin/users/" + id;
        } catch (UserFormException e) {
            result.rejectValue(e.field(), e.code());
            return form(admin, form, null, model);
        }
    }

    @GetMapping("/{id}")
    String showEdit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
        UserAccount account = users.load(admin, id);
        return form(admin, UserForm.of(account), account, model);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.load(admin, id);
        form.setUsername(account.getUsername());
        if (!result.hasErrors()) {
            try {
                users.update(admin, id, form);
                redirect.addFlashAttribute("message", "user.saved");
                return "redirect:/admin/users/" + id;
            } catch (UserFormException e) {
                result.rejectValue(e.field(), e.code());
            }
        }
        return form(admin, form, account, model);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            users.setEnabled(admin, id, version, enabled);
            redirect.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
        } catch (UserFormException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        try {
            users.resetPassword(admin, id, version, password);
            redirect.addFlashAttribute("message", "user.passwordReset");
        } catch (UserFormException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/admin/users/" + id;
    }

    private String form(SignedInUser admin, UserForm form, UserAccount account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("units", users.assignableUnits(admin));
        model.addAttribute("allRoles", Role.values());
        return "admin/users/form";
    }
}
