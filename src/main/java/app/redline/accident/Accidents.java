package app.redline.accident;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.UnitSummary;
import app.redline.organization.UnitType;
import app.redline.system.FieldProblem;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records accidents and their reports. An accident is seen by the supervisors whose scope holds
 * the enterprise (as it was on the day) and by the enterprise; it is recorded, and reported on, by
 * the enterprise's safety managers and by the inspectors and supervisors of those departments and
 * governments. Each report is judged against its time limit and reaches whoever is on duty.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class Accidents {

    /** An accident with everything its page shows. */
    record AccidentPage(
            Accident accident,
            String enterpriseName,
            AccidentLevel.Judgement judgement,
            List<ReportRow> reports,
            List<AccidentCalls.Call> calls,
            boolean mayReport,
            boolean mayReportUpward) {

        /** Whether any report came after its time limit. */
        public boolean anyLate() {
            return reports.stream().anyMatch(r -> r.report().isLate());
        }
    }

    record ReportRow(AccidentReport report, String unitName) {}

    private final AccidentRepository accidents;
    private final AccidentReportRepository reports;
    private final OrganizationService organization;
    private final AccidentCalls calls;
    private final ReportTimes times;
    private final FormSubmissions submissions;
    private final Clock clock;

    ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Whether the user may record an accident of this enterprise (which the scope holds): its safety
     * managers, and the inspectors and supervisors of the departments and governments above it.
     */
    boolean mayRecord(SignedInUser user, Scope scope, Long enterpriseId) {
        if (enterpriseId == null) {
            return isSupervising(user);
        }
        if (scope.isSingleEnterprise()) {
            return user.hasRole(Role.ENTERPRISE_MANAGER) && user.unitId().equals(enterpriseId);
        }
        return isSupervising(user);
    }

    boolean isSupervising(SignedInUser user) {
        return (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR))
                && organization
                        .findUnit(user.unitId())
                        .map(UnitSummary::type)
                        .filter(t -> t == UnitType.DEPARTMENT || t == UnitType.GOVERNMENT)
                        .isPresent();
    }

    /** The enterprise an accident is recorded for: in scope, and the user's to record. */
    EnterpriseRow enterpriseToRecord(SignedInUser user, Scope scope, long enterpriseId) {
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        if (!mayRecord(user, scope, enterpriseId)) {
            throw new AccessDeniedException("May not record accidents of " + enterpriseId);
        }
        return enterprise;
    }

    /** Records an accident with its first report, and tells the chain: the accident's id. */
    @Transactional
    Long record(SignedInUser user, Scope scope, AccidentForm form) {
        if (form.getEnterpriseId() == null) {
            return recordAtSite(user, scope, form);
        }
        EnterpriseRow enterprise = enterpriseToRecord(user, scope, form.getEnterpriseId());
        Instant now = Instant.now(clock);
        return first(user, form, Accident.at(enterprise, form.facts(zone()), user.id(), now), now, enterprise.name());
    }

    /**
     * An accident at a place that is not an enterprise, recorded by a department or government under
     * a region and an industry of its own scope (so that it sees it).
     */
    private Long recordAtSite(SignedInUser user, Scope scope, AccidentForm form) {
        if (!isSupervising(user)) {
            throw new AccessDeniedException("Accidents at a place are recorded by departments and governments");
        }
        if (form.getSite() == null || form.getSite().isBlank()) {
            throw new FieldProblem("site", "accident.site.required");
        }
        if (form.getRegionCode() == null
                || organization
                        .regionName(form.getRegionCode(), java.util.Locale.CHINESE)
                        .isEmpty()) {
            throw new FieldProblem("regionCode", "accident.region.required");
        }
        String[] industries =
                form.getIndustryCode() == null || form.getIndustryCode().isBlank()
                        ? new String[0]
                        : new String[] {form.getIndustryCode()};
        if (industries.length > 0
                && organization.industries().stream().noneMatch(i -> i.code().equals(industries[0]))) {
            throw new FieldProblem("industryCode", "accident.industry.unknown");
        }
        Instant now = Instant.now(clock);
        Accident accident = Accident.atSite(
                form.getSite().strip(), form.getRegionCode(), industries, form.facts(zone()), user.id(), now);
        if (!accident.heldBy(scope)) {
            throw new FieldProblem(
                    industries.length == 0 ? "regionCode" : "industryCode", "accident.site.outsideScope");
        }
        return first(user, form, accident, now, accident.getSite());
    }

    /** Keeps a new accident (its times checked) with its first report, and makes its calls: its id. */
    private Long first(SignedInUser user, AccidentForm form, Accident accident, Instant now, String name) {
        Instant reportedAt = form.getReportedAt().atZone(zone()).toInstant();
        times.check(accident.getOccurredAt(), reportedAt, now);
        submissions.claim();
        accidents.saveAndFlush(accident);
        AccidentReport first = reports.saveAndFlush(new AccidentReport(
                accident.getId(),
                AccidentReport.Kind.INITIAL,
                user.unitId(),
                reportedAt,
                accident.casualties(),
                blankToNull(form.getText()),
                times.firstDue(accident.getOccurredAt()),
                user.id(),
                now));
        calls.call(accident, first.getId(), name, today(), true);
        return accident.getId();
    }

    /** A later report: passed up by the user's department or government, or new figures. */
    @Transactional
    void report(SignedInUser user, Scope scope, long id, ReportForm form) {
        AccidentPage page = page(user, scope, id);
        Accident accident = page.accident();
        if (accident.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Accident.class, id);
        }
        boolean upward = form.getKind() == AccidentReport.Kind.UPWARD;
        if (upward ? !page.mayReportUpward() : !page.mayReport() || form.getKind() != AccidentReport.Kind.FOLLOW_UP) {
            throw new AccessDeniedException("May not make this report of accident " + id);
        }
        Instant now = Instant.now(clock);
        Instant reportedAt = form.getReportedAt().atZone(zone()).toInstant();
        times.check(accident.getOccurredAt(), reportedAt, now);
        submissions.claim();
        Instant due = upward ? upwardDue(user, page.reports()) : times.followUpDue(accident);
        AccidentReport report = reports.saveAndFlush(new AccidentReport(
                id,
                form.getKind(),
                user.unitId(),
                reportedAt,
                form.casualties(),
                blankToNull(form.getText()),
                due,
                user.id(),
                now));
        accident.reported(form.casualties(), now);
        accidents.saveAndFlush(accident);
        calls.call(accident, report.getId(), page.enterpriseName(), today(), false);
    }

    /** When the user's unit must pass the accident up, from the reports it received. */
    private Instant upwardDue(SignedInUser user, List<ReportRow> earlier) {
        String own =
                organization.findUnit(user.unitId()).map(u -> u.region().code()).orElse("");
        List<AccidentReport> made = earlier.stream().map(ReportRow::report).toList();
        Map<Long, String> regions = organization.regionCodesOf(
                made.stream().map(AccidentReport::getUnitId).collect(java.util.stream.Collectors.toSet()));
        return times.upwardDue(own, made, regions);
    }

    /** The accident, if the user's scope holds it; anything else is not found. */
    Accident load(Scope scope, long id) {
        return accidents.findById(id).filter(a -> a.heldBy(scope)).orElseThrow(() -> new AccidentNotFoundException(id));
    }

    AccidentPage page(SignedInUser user, Scope scope, long id) {
        Accident accident = load(scope, id);
        List<AccidentReport> made = reports.findByAccidentIdOrderByReportedAtAscIdAsc(id);
        Map<Long, String> names = organization.unitNames(
                made.stream().map(AccidentReport::getUnitId).collect(java.util.stream.Collectors.toSet()));
        List<ReportRow> rows = made.stream()
                .map(r -> new ReportRow(r, names.get(r.getUnitId())))
                .toList();
        String enterprise = nameOf(accident);
        boolean mayReport = mayRecord(user, scope, accident.getEnterpriseId());
        boolean upward = mayReport
                && isSupervising(user)
                && made.stream()
                        .noneMatch(r -> r.getKind() == AccidentReport.Kind.UPWARD
                                && r.getUnitId().equals(user.unitId()));
        return new AccidentPage(accident, enterprise, accident.judgement(), rows, calls.of(id), mayReport, upward);
    }

    /** What the accident is known by: its enterprise's name, or its site. */
    String nameOf(Accident accident) {
        return accident.isAtSite() ? accident.getSite() : enterpriseName(accident.getEnterpriseId());
    }

    String enterpriseName(long enterpriseId) {
        return organization.unitNames(java.util.Set.of(enterpriseId)).get(enterpriseId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
