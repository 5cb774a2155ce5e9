package app.redline.account;

import app.redline.system.FieldProblem;
import app.redline.system.FormSave;
import app.redline.system.OnCreate;
import app.redline.system.Paging;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    @GetMapping
    String showList(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        UserFilter filter = new UserFilter(q, unit);
        model.addAttribute("users", users.search(admin, filter, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("q", q);
        model.addAttribute("unitName", unit == null ? null : users.unitName(admin, unit));
        return "admin/users/list";
    }

    @GetMapping("/export.xlsx")
    void export(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        UserFilter filter = new UserFilter(q, unit);
        List<String> headers = Stream.of(
                        "user.username",
                        "user.displayName",
                        "user.unit",
                        "user.roles",
                        "user.phone",
                        "user.email",
                        "user.status")
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        TableExport.send(
                response,
                TableExport.Format.XLSX,
                "users",
                messages.getMessage("user.list.title", null, locale),
                headers,
                TableExport.pages(
                        page -> users.searchWithUnits(admin, filter, page),
                        row -> Arrays.asList(
                                row.account().getUsername(),
                                row.account().getDisplayName(),
                                row.unitName(),
                                row.account().getRoles().stream()
                                        .sorted()
                                        .map(role -> messages.getMessage("Role." + role, null, locale))
                                        .collect(Collectors.joining("、")),
                                row.account().getPhone(),
                                row.account().getEmail(),
                                messages.getMessage(
                                        row.account().isEnabled() ? "user.status.enabled" : "user.status.disabled",
                                        null,
                                        locale))));
    }

    /** The unit picker's options for a search text, as HTML options (the picker's script asks). */
    @GetMapping("/unit-options")
    String unitOptions(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long chosen,
            Model model) {
        model.addAttribute("units", users.assignableUnits(admin, q, chosen));
        model.addAttribute("chosen", chosen);
        return "admin/users/form :: unitOptions";
    }

    @GetMapping("/new")
    String showForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        return form(admin, new UserForm(), null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInUser admin,
            @Validated({Default.class, OnCreate.class}) @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormSave.save(
                result,
                redirect,
                "user.created",
                () -> "/admin/users/" + users.create(admin, form),
                () -> form(admin, form, null, model));
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
        return FormSave.update(
                result,
                redirect,
                "user.saved",
                "/admin/users/" + id,
                () -> users.update(admin, id, form),
                () -> form(admin, form, account, model));
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
        } catch (FieldProblem e) {
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
        } catch (FieldProblem e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/admin/users/" + id;
    }

    private String form(SignedInUser admin, UserForm form, UserAccount account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("history", account == null ? List.of() : users.history(account));
        model.addAttribute("units", users.assignableUnits(admin, null, form.getUnitId()));
        model.addAttribute("chosen", form.getUnitId());
        model.addAttribute("allRoles", Role.values());
        return "admin/users/form";
    }
}
