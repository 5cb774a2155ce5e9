package app.redline.publicreport;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardReports;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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

/** The handlers' pages: the cases of their department (or, for a government, its region), and each case. */
@Controller
@RequestMapping("/public-reports")
@RequiredArgsConstructor
class PublicReportsController {

    private final CaseHandling cases;
    private final CaseRewards rewards;
    private final CaseIdentity identities;
    private final PublicUploads uploads;

    @GetMapping
    String showList(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(defaultValue = "OPEN") String show,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CaseHandling.Show filter = parse(show);
        model.addAttribute("show", filter);
        model.addAttribute("shows", CaseHandling.Show.values());
        model.addAttribute("cases", cases.list(user, scope, filter, PageRequest.of(Paging.page(page), 50)));
        model.addAttribute("today", cases.today());
        return "public-reports/list";
    }

    @GetMapping("/{id}")
    String showCase(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        return page(user, scope, id, model, null);
    }

    /** The reporter's name and phone, shown on this answer only; the read is audited. */
    @PostMapping("/{id}/identity")
    String identity(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            HttpServletResponse response,
            Model model) {
        PublicReport.Said said = identities.identity(user, scope, id);
        response.setHeader("Cache-Control", "no-store");
        return page(user, scope, id, model, said);
    }

    /**
     * A handler's decision on a case, by the step its address names: dismissal (with the reply),
     * transfer (where to and why), or the reward's proposal, decision and payment.
     */
    @PostMapping({"/{id}/dismissal", "/{id}/transfer", "/{id}/reward", "/{id}/reward/decision", "/{id}/reward/payment"})
    String decideStep(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm decision,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String marker = "/public-reports/" + id + "/";
        String step = request.getRequestURI().substring(request.getRequestURI().indexOf(marker) + marker.length());
        long version = decision.getVersion();
        return switch (step) {
            case "dismissal" ->
                decide(
                        user,
                        scope,
                        id,
                        result,
                        model,
                        redirect,
                        "publicReport.dismissed",
                        () -> cases.dismiss(user, scope, id, version, decision.getReply(), decision.getNote()));
            case "transfer" ->
                decide(
                        user,
                        scope,
                        id,
                        result,
                        model,
                        redirect,
                        "publicReport.transferred",
                        () -> cases.transfer(user, scope, id, version, decision.getToUnitId(), decision.getReason()));
            case "reward" ->
                decide(
                        user,
                        scope,
                        id,
                        result,
                        model,
                        redirect,
                        "publicReport.reward.proposed",
                        () -> rewards.propose(user, scope, id, version, decision.getFine()));
            case "reward/decision" ->
                decide(
                        user,
                        scope,
                        id,
                        result,
                        model,
                        redirect,
                        decision.isApprove() ? "publicReport.reward.approved" : "publicReport.reward.refused",
                        () -> rewards.decide(user, scope, id, version, decision.isApprove(), decision.getRewardNote()));
            default ->
                decide(
                        user,
                        scope,
                        id,
                        result,
                        model,
                        redirect,
                        "publicReport.reward.paid",
                        () -> rewards.paid(user, scope, id, version, decision.getReference()));
        };
    }

    @GetMapping({"/{id}/photos/{photoId}", "/{id}/photos/{photoId}/thumb"})
    void photo(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @PathVariable long photoId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        cases.page(user, scope, id);
        HazardReports.PhotoFile file =
                uploads.file(id, photoId, request.getRequestURI().endsWith("/thumb"));
        if (file == null) {
            throw new CaseNotFoundException(id);
        }
        file.send(response);
    }

    private String decide(
            SignedInUser user,
            Scope scope,
            long id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable step) {
        CaseHandling.CasePage page = cases.page(user, scope, id);
        if (page.access() != CaseHandling.Access.HANDLE) {
            throw new AccessDeniedException("Only the handlers decide a case");
        }
        if (!result.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("message", done);
                return "redirect:/public-reports/" + id;
            } catch (ReportRefused refused) {
                if (refused.field() == null) {
                    result.reject(refused.code());
                } else {
                    result.rejectValue(refused.field(), refused.code());
                }
            }
        }
        return page(user, scope, id, model, null);
    }

    private String page(SignedInUser user, Scope scope, long id, Model model, PublicReport.Said identity) {
        CaseHandling.CasePage page = cases.page(user, scope, id);
        model.addAttribute("page", page);
        model.addAttribute("r", page.report());
        model.addAttribute("identity", identity);
        model.addAttribute("today", cases.today());
        model.addAttribute("origin", PublicReportHazards.origin(id));
        model.addAttribute("rewardRule", rewards.preview(null));
        model.addAttribute(
                "hazardGrade",
                page.report().getHazardId() == null
                        ? null
                        : rewards.hazardGrade(page.report().getHazardId()));
        if (!model.containsAttribute("decision")) {
            DecisionForm decision = new DecisionForm();
            decision.setVersion(page.report().getVersion());
            model.addAttribute("decision", decision);
        }
        return "public-reports/detail";
    }

    private static CaseHandling.Show parse(String show) {
        try {
            return CaseHandling.Show.valueOf(show);
        } catch (IllegalArgumentException e) {
            return CaseHandling.Show.OPEN;
        }
    }
}
