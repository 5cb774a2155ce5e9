package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rectification notice (责令限期整改指令书) of an inspection: its page (the form before it is
 * issued, the document after) and issuing it, with a deadline per hazard.
 */
@Controller
@RequestMapping("/inspections")
@RequiredArgsConstructor
class NoticeController {

    private final NoticeService notices;
    private final ReinspectionService reinspections;
    private final Clock clock;

    @GetMapping("/{id}/notice")
    String showNotice(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        NoticeService.NoticePage page = notices.page(user, scope, id);
        model.addAttribute("page", page);
        if (page.notice() != null) {
            model.addAttribute("file", reinspections.file(user, scope, id));
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("defaultDeadline", LocalDate.now(clock).plusDays(15));
        model.addAttribute("defaultReinspection", LocalDate.now(clock).plusDays(20));
        return "inspections/notice";
    }

    @PostMapping("/{id}/notice")
    String issueNotice(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(required = false) String requirements,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reinspection,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, LocalDate> hazardDeadlines = new HashMap<>();
        Map<Long, String> typed = new HashMap<>();
        try {
            for (Map.Entry<String, String> param : params.entrySet()) {
                Long hazard = param.getKey().startsWith("deadline_") ? FormValues.itemId(param.getKey()) : null;
                if (hazard != null
                        && param.getValue() != null
                        && !param.getValue().isBlank()) {
                    typed.put(hazard, param.getValue());
                    hazardDeadlines.put(hazard, FormValues.date(param.getValue()));
                }
            }
            notices.issue(user, scope, id, requirements, deadline, hazardDeadlines, reinspection);
            redirect.addFlashAttribute("message", "notice.issued.done");
        } catch (InspectionRefused e) {
            // Back to the form with what the inspector wrote, and why it was refused.
            String page = showNotice(user, scope, id, model);
            model.addAttribute("problem", e.code());
            model.addAttribute("requirements", requirements);
            if (deadline != null) {
                model.addAttribute("defaultDeadline", deadline);
            }
            if (reinspection != null) {
                model.addAttribute("defaultReinspection", reinspection);
            }
            model.addAttribute("hazardDeadlines", typed);
            return page;
        }
        return "redirect:/inspections/" + id + "/notice";
    }
}
