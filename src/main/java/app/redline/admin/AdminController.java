package app.redline.admin;

import app.redline.account.AccountService;
import app.redline.audit.AuditFilter;
import app.redline.audit.AuditLog;
import app.redline.organization.AdministratorReach;
import app.redline.organization.OrganizationService;
import app.redline.organization.Responsibilities;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administration overview and the audit trail of what the administrator manages. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminController {

    static final List<String> OBJECT_TYPES = List.of(
            "UNIT",
            "USER",
            "REGION",
            "INDUSTRY",
            "TEMPLATE",
            "SESSION",
            "EXPORT",
            "RISK_OBJECT",
            "RISK_UNIT",
            "RISK_EVENT",
            "CONTROL_MEASURE",
            "INVESTIGATION_TASK",
            "RISK_THRESHOLD",
            "STANDARD",
            "PUBLIC_REPORT");

    private final OrganizationService organization;
    private final AdministratorReach reach;
    private final Responsibilities responsibilities;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    @GetMapping
    String showOverview(Scope admin, Model model) {
        model.addAttribute("regionCount", reach.regionCount(admin));
        model.addAttribute("unitCounts", reach.unitCounts(admin));
        model.addAttribute("userCount", accounts.countUsers(admin));
        model.addAttribute("unsupervisedCount", responsibilities.unsupervisedCount(admin));
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        return "admin/overview";
    }

    @GetMapping("/audit")
    String showAudit(
            Scope admin,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String object,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditFilter filter =
                new AuditFilter(actor, type != null && OBJECT_TYPES.contains(type) ? type : null, object, from, to);
        String regionCode = switch (admin.kind()) {
            case ALL -> null;
            case REGION -> admin.regionCode();
            default -> "-"; // no region's code
        };
        model.addAttribute("filter", filter);
        model.addAttribute("objectTypes", OBJECT_TYPES);
        model.addAttribute(
                "records", auditLog.search(filter, regionCode, clock.getZone(), PageRequest.of(Paging.page(page), 50)));
        return "admin/audit";
    }
}
