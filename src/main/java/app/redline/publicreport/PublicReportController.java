package app.redline.publicreport;

import app.redline.hazard.HazardRefused;
import app.redline.system.UniqueViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public report pages, for anyone, without an account or scripts: find the enterprise (or
 * arrive from its QR code), report, take the case number and follow-up code, follow the case.
 */
@Controller
@RequestMapping("/report")
@RequiredArgsConstructor
class PublicReportController {

    private final PublicIntake intake;
    private final PublicUploads uploads;
    private final CaseLookup lookup;

    @GetMapping
    String start(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean staff,
            Model model) {
        if (enterprise != null) {
            if (intake.enterprise(enterprise).isEmpty()) {
                return "redirect:/report";
            }
            PublicReportForm form = new PublicReportForm();
            form.setEnterpriseId(enterprise);
            form.setStaff(staff);
            form.setDraftKey(UUID.randomUUID().toString());
            return form(form, List.of(), model);
        }
        String within = region != null && region.matches("\\d{2,12}") ? region : null;
        model.addAttribute("q", q);
        model.addAttribute("region", within);
        model.addAttribute(
                "regionName", within == null ? null : intake.regionName(within).orElse(null));
        model.addAttribute("found", intake.search(q, within));
        return "public/search";
    }

    @PostMapping
    String report(
            @Valid @ModelAttribute("form") PublicReportForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            // A robot filled the hidden field: nothing is taken, and it is not told why.
            return "redirect:/report";
        }
        if (form.getDraftKey() == null || form.getDraftKey().isBlank()) {
            form.setDraftKey(UUID.randomUUID().toString());
        }
        if (intake.enterprise(form.getEnterpriseId()).isEmpty()) {
            return "redirect:/report";
        }
        if (request.getAttribute(PublicReportGate.TURNED_AWAY) instanceof String why) {
            result.reject(why);
            return form(form, List.of(), model);
        }
        String client = PublicReportGate.clientHash(request);
        try {
            intake.admit(client, form.getEnterpriseId());
        } catch (ReportRefused refused) {
            result.reject(refused.code());
            return form(form, List.of(), model);
        }
        PublicUploads.Kept kept = uploads.keep(form.getDraftKey(), form.getKept(), form.getPhotos());
        form.setKept(new ArrayList<>(kept.ids()));
        for (HazardRefused problem : kept.problems()) {
            result.rejectValue("photos", problem.code(), problem.args(), null);
        }
        if (!form.isAnonymous()) {
            if (form.getReporterName() == null || form.getReporterName().isBlank()) {
                result.rejectValue("reporterName", "publicReport.name.required");
            }
            if (form.getReporterPhone() == null || form.getReporterPhone().isBlank()) {
                result.rejectValue("reporterPhone", "publicReport.phone.required");
            }
        }
        if (result.hasErrors()) {
            return form(form, kept.photos(), model);
        }
        try {
            PublicIntake.Receipt receipt;
            try {
                receipt = intake.receive(form.said(), client, form.getDraftKey(), kept.ids());
            } catch (RuntimeException failure) {
                // The same form sent twice at once: the other request took it.
                receipt = intake.sentBefore(form.getDraftKey())
                        .filter(r -> UniqueViolation.is(failure))
                        .orElseThrow(() -> failure);
            }
            // The code is shown this once: the page is not kept by the browser or any cache.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("receipt", receipt);
            return "public/received";
        } catch (ReportRefused refused) {
            if (refused.field() == null) {
                result.reject(refused.code());
            } else {
                result.rejectValue(refused.field(), refused.code());
            }
            return form(form, kept.photos(), model);
        }
    }

    @GetMapping("/status")
    String showStatusForm() {
        return "public/status";
    }

    /** The case, by its number and code (sent in the body, never in the address). */
    @PostMapping("/status")
    String status(
            @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String code,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("caseNumber", caseNumber);
        lookup.find(caseNumber, code)
                .ifPresentOrElse(
                        status -> model.addAttribute("status", status), () -> model.addAttribute("notFound", true));
        return "public/status";
    }

    private String form(PublicReportForm form, List<PublicUploads.Upload> kept, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "enterprise", intake.enterprise(form.getEnterpriseId()).orElse(null));
        model.addAttribute("keptPhotos", kept);
        model.addAttribute("maxPhotos", PublicUploads.MAX_PHOTOS);
        return "public/form";
    }
}
