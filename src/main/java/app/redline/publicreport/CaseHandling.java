package app.redline.publicreport;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's side of a case: its inspectors and supervisors (the handlers) read it with the
 * reporter's identity on request — every such read in the audit trail — and decide it; the
 * supervisors of a government whose region holds the enterprise read it without the identity.
 * Anyone else does not find it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CaseHandling {

    static final String AUDIT_TYPE = "PUBLIC_REPORT";

    /** What a user may do with a case. */
    enum Access {
        READ,
        HANDLE
    }

    /** A case as the list shows it. */
    record Row(
            Long id,
            String caseNumber,
            Instant receivedAt,
            String enterpriseName,
            String handlerName,
            ReportStatus status,
            LocalDate verifyBy,
            Long hazardId) {

        public boolean overdue(LocalDate today) {
            return status == ReportStatus.RECEIVED && verifyBy.isBefore(today);
        }
    }

    /** A case as its page shows it. */
    record CasePage(
            PublicReport report,
            String enterpriseName,
            String enterpriseRegion,
            String handlerName,
            Access access,
            List<PublicReportEvents.Event> events,
            List<Photo> photos,
            List<Transfer> transfers) {}

    record Photo(Long id, String fileName) {}

    /** A department the case may be transferred to. */
    record Transfer(Long id, String name) {}

    /** The list's filter: the open cases, the overdue ones, or all. */
    enum Show {
        OPEN,
        OVERDUE,
        ALL
    }

    private final PublicReportRepository reports;
    private final PublicReportEvents events;
    private final CaseNotices notices;
    private final PublicReportSettings settings;
    private final FormSubmissions submissions;
    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the user handles or reads cases at all (the list is theirs). */
    boolean mayList(SignedInUser user, Scope scope) {
        return isDepartmentHandler(user) || isGovernmentReader(user, scope) || isEnterpriseHandler(user);
    }

    /** A safety manager of an enterprise: its employees' reports (the staff channel) are theirs. */
    private boolean isEnterpriseHandler(SignedInUser user) {
        return user.hasRole(Role.ENTERPRISE_MANAGER) && unitType(user) == UnitType.ENTERPRISE;
    }

    /** An inspector or supervisor of a department: its department's cases are theirs to handle. */
    private boolean isDepartmentHandler(SignedInUser user) {
        return (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR)) && unitType(user) == UnitType.DEPARTMENT;
    }

    /** A supervisor of a government: reads the cases of its region. */
    private boolean isGovernmentReader(SignedInUser user, Scope scope) {
        return user.hasRole(Role.SUPERVISOR) && scope.regionCode() != null && unitType(user) == UnitType.GOVERNMENT;
    }

    private UnitType unitType(SignedInUser user) {
        return organization.unitType(user.unitId()).orElse(UnitType.OPERATOR);
    }

    /**
     * The cases the user handles (its department's) or reads (its government's region), open and
     * overdue ones first, a page at a time.
     */
    Page<Row> list(SignedInUser user, Scope scope, Show show, Pageable pageable) {
        if (!mayList(user, scope)) {
            throw new AccessDeniedException("Public reports are for departments and governments");
        }
        StringBuilder where = new StringBuilder(
                isDepartmentHandler(user) || isEnterpriseHandler(user)
                        ? " where r.handler_unit_id = :unit"
                        : " where "
                                + (scope.regionCode() == null
                                        ? "false"
                                        : RegionCode.of(scope.regionCode()).within("e.region_code"))
                                + " and r.channel = 'PUBLIC'");
        if (show == Show.OPEN) {
            where.append(" and r.status = 'RECEIVED'");
        } else if (show == Show.OVERDUE) {
            where.append(" and r.status = 'RECEIVED' and r.verify_by < :today");
        }
        Map<String, Object> params = Map.of("unit", user.unitId(), "today", today());
        String from =
                " from public_report r join unit e on e.id = r.enterprise_id join unit h on h.id = r.handler_unit_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("select r.id, r.case_number, r.received_at, e.name as enterprise_name,"
                        + " h.name as handler_name, r.status, r.verify_by, r.hazard_id" + from + where
                        + " order by (r.status = 'RECEIVED') desc, r.verify_by, r.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Row.class)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The overdue cases the user handles or reads, for the overdue review. */
    List<Row> late(SignedInUser user, Scope scope, int limit) {
        if (!mayList(user, scope)) {
            return List.of();
        }
        return list(user, scope, Show.OVERDUE, org.springframework.data.domain.PageRequest.of(0, limit))
                .getContent();
    }

    /** How many cases wait for the user's department to verify them (its work). */
    long waiting(SignedInUser user, Scope scope) {
        if (!isDepartmentHandler(user) && !isEnterpriseHandler(user)) {
            return 0;
        }
        // Cases to verify, and for a supervisor the rewards to approve.
        return jdbc.sql("select count(*) from public_report where handler_unit_id = :unit and (status = 'RECEIVED'"
                        + " or (:supervisor and reward_status = 'PROPOSED'))")
                .param("unit", user.unitId())
                .param("supervisor", user.hasRole(Role.SUPERVISOR))
                .query(Long.class)
                .single();
    }

    CasePage page(SignedInUser user, Scope scope, long id) {
        PublicReport report = reports.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        Map<String, Object> names = jdbc.sql("select e.name as enterprise, e.region_code, h.name as handler"
                        + " from unit e, unit h where e.id = :e and h.id = :h")
                .param("e", report.getEnterpriseId())
                .param("h", report.getHandlerUnitId())
                .query()
                .singleRow();
        Access access = access(user, scope, report, (String) names.get("region_code"))
                .orElseThrow(() -> new CaseNotFoundException(id));
        List<Photo> photos = jdbc.sql("select id, file_name from public_report_photo where report_id = :id order by id")
                .param("id", id)
                .query(Photo.class)
                .list();
        List<Transfer> transfers =
                access == Access.HANDLE && report.isOpen() && !report.isStaff() ? transfers(report) : List.of();
        return new CasePage(
                report,
                (String) names.get("enterprise"),
                (String) names.get("region_code"),
                (String) names.get("handler"),
                access,
                events.of(id),
                photos,
                transfers);
    }

    @Transactional
    void dismiss(SignedInUser user, Scope scope, long id, long version, String reply, String note) {
        PublicReport report = handling(user, scope, id, version);
        submissions.claim();
        report.dismiss(blankToNull(reply), blankToNull(note), user.id(), Instant.now(clock));
        reports.saveAndFlush(report);
        events.record(id, PublicReportEvents.Type.DISMISSED, user.id(), null, null, blankToNull(reply));
    }

    @Transactional
    void transfer(SignedInUser user, Scope scope, long id, long version, Long toUnitId, String reason) {
        PublicReport report = handling(user, scope, id, version);
        if (reason == null || reason.isBlank()) {
            throw new ReportRefused("reason", "publicReport.transfer.reason");
        }
        if (toUnitId == null
                || report.isStaff()
                || transfers(report).stream().noneMatch(t -> t.id().equals(toUnitId))) {
            throw new ReportRefused("toUnitId", "publicReport.transfer.unit");
        }
        submissions.claim();
        Long from = report.getHandlerUnitId();
        report.transferTo(toUnitId, today().plusDays(settings.verifyDays()));
        reports.saveAndFlush(report);
        events.record(id, PublicReportEvents.Type.TRANSFERRED, user.id(), from, toUnitId, reason.strip());
        String enterprise = jdbc.sql("select name from unit where id = :id")
                .param("id", report.getEnterpriseId())
                .query(String.class)
                .single();
        notices.received(id, report.getCaseNumber(), toUnitId, enterprise);
    }

    private PublicReport handling(SignedInUser user, Scope scope, long id, long version) {
        CasePage page = page(user, scope, id);
        if (page.access() != Access.HANDLE) {
            throw new AccessDeniedException("Only the handlers decide a case");
        }
        if (page.report().getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PublicReport.class, id);
        }
        return page.report();
    }

    /** The departments that supervise the enterprise, other than the handler. */
    private List<Transfer> transfers(PublicReport report) {
        return jdbc.sql("select s.id, s.name from unit s where s.id <> :h and s.id in (select v.supervisor_id"
                        + " from supervision v where v.enterprise_id = :e and v.supervisor_type = 'DEPARTMENT')"
                        + " order by length(s.region_code) desc, s.name")
                .param("e", report.getEnterpriseId())
                .param("h", report.getHandlerUnitId())
                .query(Transfer.class)
                .list();
    }

    /** Whether the user may open the case (handle or read it). */
    boolean mayOpen(SignedInUser user, Scope scope, PublicReport report) {
        String region = jdbc.sql("select region_code from unit where id = :e")
                .param("e", report.getEnterpriseId())
                .query(String.class)
                .single();
        return access(user, scope, report, region).isPresent();
    }

    private Optional<Access> access(SignedInUser user, Scope scope, PublicReport report, String region) {
        if (user.unitId().equals(report.getHandlerUnitId())
                && (report.isStaff() ? isEnterpriseHandler(user) : isDepartmentHandler(user))) {
            return Optional.of(Access.HANDLE);
        }
        if (!report.isStaff()
                && isGovernmentReader(user, scope)
                && RegionCode.of(scope.regionCode()).contains(region)) {
            return Optional.of(Access.READ);
        }
        return Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
