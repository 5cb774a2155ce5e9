package app.redline.accident;

import app.redline.account.SignedInUser;
import app.redline.system.FieldProblem;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duty roster of the user's department or government: a month on screen and printed. */
@Controller
@RequestMapping("/duty")
@RequiredArgsConstructor
class DutyController {

    private final DutyRoster roster;

    @GetMapping
    String month(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String month, Model model) {
        if (!model.containsAttribute("form")) {
            DutyForm form = new DutyForm();
            form.setFrom(roster.today());
            model.addAttribute("form", form);
        }
        return month(user, month, model, "duty/roster");
    }

    @GetMapping("/print")
    String print(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String month, Model model) {
        return month(user, month, model, "duty/print");
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") DutyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int added = roster.add(user, form);
                redirect.addFlashAttribute("message", "duty.added");
                redirect.addFlashAttribute("messageArgs", new Object[] {added});
                return "redirect:/duty?month=" + YearMonth.from(form.getFrom());
            } catch (FieldProblem refused) {
                result.rejectValue(refused.field(), refused.code());
            }
        }
        return month(
                user,
                form.getFrom() == null ? null : YearMonth.from(form.getFrom()).toString(),
                model,
                "duty/roster");
    }

    @PostMapping("/{id}/removal")
    String remove(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(required = false) String month,
            RedirectAttributes redirect) {
        roster.remove(user, id);
        redirect.addFlashAttribute("message", "duty.removed");
        return "redirect:/duty" + (month == null ? "" : "?month=" + parse(month, roster));
    }

    private String month(SignedInUser user, String requested, Model model, String view) {
        YearMonth month = parse(requested, roster);
        List<DutyRoster.Shift> shifts = roster.month(user, month);
        Map<java.time.LocalDate, List<DutyRoster.Shift>> byDay = new TreeMap<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            byDay.put(month.atDay(day), List.of());
        }
        byDay.putAll(shifts.stream().collect(Collectors.groupingBy(DutyRoster.Shift::day)));
        model.addAttribute("month", month);
        model.addAttribute("days", byDay);
        model.addAttribute("today", roster.today());
        model.addAttribute("mayKeep", roster.mayKeep(user));
        model.addAttribute("people", roster.mayKeep(user) ? roster.people(user) : List.of());
        model.addAttribute("roles", DutyRoster.DutyRole.values());
        return view;
    }

    private static YearMonth parse(String month, DutyRoster roster) {
        try {
            return month == null ? YearMonth.from(roster.today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.from(roster.today());
        }
    }
}
