package app.redline.prevention;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The investigation tasks due now for the signed-in user, each done with one tap on a phone. */
@Controller
@RequiredArgsConstructor
class InvestigationController {

    private final Investigations investigations;

    @GetMapping("/investigations")
    String showDue(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("due", investigations.dueFor(user));
        return "prevention/investigations";
    }

    @PostMapping("/investigations/{taskId}/normal")
    String recordNormal(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long taskId,
            @RequestParam long slot,
            RedirectAttributes redirect) {
        try {
            boolean recorded = investigations.recordNormal(user, scope, taskId, Instant.ofEpochMilli(slot));
            redirect.addFlashAttribute(
                    "message", recorded ? "investigation.recorded" : "investigation.recordedAlready");
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", problem.code());
        }
        return "redirect:/investigations";
    }
}
