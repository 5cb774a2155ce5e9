package app.redline.accident;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import app.redline.system.FormSubmissions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an accident: its investigation report (a later one supersedes, the earlier stay) and who
 * was held to account (问责) — a person or a unit, the duty neglected, the measure, the basis and
 * the deciding body. Recorded by the supervisors of the departments and governments whose scope
 * holds the accident; read by whoever sees it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class Accountability {

    enum Measure {
        INTERVIEW,
        CRITICISM,
        ADMONITION,
        DISCIPLINE,
        PENALTY,
        DISMISSAL,
        JUDICIAL
    }

    enum SubjectKind {
        PERSON,
        UNIT
    }

    enum Nature {
        LIABILITY,
        NO_LIABILITY
    }

    record Entry(
            Long id,
            Long accidentId,
            Instant occurredAt,
            String enterpriseName,
            SubjectKind subjectKind,
            String subjectName,
            String position,
            Long subjectUnitId,
            String unitName,
            String duty,
            Measure measure,
            String basis,
            String decidedBy,
            LocalDate decidedOn) {}

    record Investigation(
            Long id,
            String reportNo,
            String approvedBy,
            LocalDate approvedOn,
            Nature nature,
            String cause,
            String findings,
            String measures,
            Instant recordedAt,
            String documentName,
            Long documentSize) {}

    /** A unit that may be held to account for the accident: the enterprise, or one above it. */
    record Choice(Long id, String name) {}

    /** The entries of the accidents {@code accidents} (a table or a subquery). */
    private static String entries(String accidents) {
        return "select a.id, a.accident_id, x.occurred_at, coalesce(e.name, x.site) as enterprise_name,"
                + " a.subject_kind, a.subject_name, a.position, a.subject_unit_id, u.name as unit_name, a.duty,"
                + " a.measure, a.basis, a.decided_by, a.decided_on from accountability a"
                + " join " + accidents + " x on x.id = a.accident_id left join unit e on e.id = x.enterprise_id"
                + " left join unit u on u.id = a.subject_unit_id";
    }

    private final Accidents accidents;
    private final FormSubmissions submissions;
    private final InvestigationDocuments documents;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether the user decides on the accident's aftermath: a supervisor above the enterprise. */
    boolean mayDecide(SignedInUser user, Scope scope, Long enterpriseId) {
        return user.hasRole(Role.SUPERVISOR)
                && !scope.isSingleEnterprise()
                && accidents.mayRecord(user, scope, enterpriseId);
    }

    List<Entry> of(long accidentId) {
        return jdbc.sql(entries("accident") + " where a.accident_id = :a order by a.decided_on, a.id")
                .param("a", accidentId)
                .query(Entry.class)
                .list();
    }

    /** The newest investigation report, and how many were recorded. */
    Optional<Investigation> investigation(long accidentId) {
        return jdbc.sql(
                        "select id, report_no, approved_by, approved_on, nature, cause, findings, measures, recorded_at,"
                                + " document_name, document_size"
                                + " from accident_investigation where accident_id = :a order by id desc limit 1")
                .param("a", accidentId)
                .query(Investigation.class)
                .optional();
    }

    /** The units that may be held to account: the enterprise and the departments and governments above it. */
    List<Choice> choices(Accident accident) {
        return jdbc.sql("select id, name from unit where id = :e union all"
                        + " (select s.id, s.name from unit s where s.id in (" + AccidentCalls.SUPERVISORS + ")"
                        + "  order by length(s.region_code) desc, s.name)")
                .param("e", accident.getEnterpriseId() == null ? -1L : accident.getEnterpriseId())
                .param("region", accident.getRegionCode())
                .param("industries", accident.getIndustries())
                .query(Choice.class)
                .list();
    }

    @Transactional
    void record(SignedInUser user, Scope scope, long id, AccountabilityForm form) {
        Accident accident = deciding(user, scope, id);
        if (form.getSubjectUnitId() != null
                && choices(accident).stream().noneMatch(c -> c.id().equals(form.getSubjectUnitId()))) {
            throw new FieldProblem("subjectUnitId", "accountability.unit.unknown");
        }
        notAfterToday("decidedOn", form.getDecidedOn());
        if (form.getDecidedOn().isBefore(LocalDate.ofInstant(accident.getOccurredAt(), clock.getZone()))) {
            throw new FieldProblem("decidedOn", "accountability.decidedOn.beforeAccident");
        }
        submissions.claim();
        jdbc.sql("insert into accountability (accident_id, subject_kind, subject_name, position, subject_unit_id, duty,"
                        + " measure, basis, decided_by, decided_on, recorded_by, recorded_at) values (:a, :kind, :name,"
                        + " :position, :unit, :duty, :measure, :basis, :by, :on, :user, :at)")
                .param("a", id)
                .param("kind", form.getSubjectKind().name())
                .param("name", form.getSubjectName().strip())
                .param("position", blankToNull(form.getPosition()))
                .param("unit", form.getSubjectUnitId())
                .param("duty", form.getDuty().strip())
                .param("measure", form.getMeasure().name())
                .param("basis", form.getBasis().strip())
                .param("by", form.getDecidedBy().strip())
                .param("on", form.getDecidedOn())
                .param("user", user.id())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
    }

    @Transactional
    void investigate(SignedInUser user, Scope scope, long id, InvestigationForm form) {
        Accident accident = deciding(user, scope, id);
        notAfterToday("approvedOn", form.getApprovedOn());
        if (form.getApprovedOn().isBefore(LocalDate.ofInstant(accident.getOccurredAt(), clock.getZone()))) {
            throw new FieldProblem("approvedOn", "accountability.decidedOn.beforeAccident");
        }
        submissions.claim();
        InvestigationDocuments.Kept document = documents.keep(form.getDocument());
        jdbc.sql("insert into accident_investigation (accident_id, report_no, approved_by, approved_on, nature, cause,"
                        + " findings, measures, recorded_by, recorded_at, document_key, document_name, document_size)"
                        + " values (:a, :no, :by, :on, :nature, :cause, :findings, :measures, :user, :at, :key, :name,"
                        + " :size)")
                .param("key", document == null ? null : document.key())
                .param("name", document == null ? null : document.name())
                .param("size", document == null ? null : document.size())
                .param("a", id)
                .param("no", blankToNull(form.getReportNo()))
                .param("by", form.getApprovedBy().strip())
                .param("on", form.getApprovedOn())
                .param("nature", form.getNature().name())
                .param("cause", form.getCause().strip())
                .param("findings", form.getFindings().strip())
                .param("measures", form.getMeasures().strip())
                .param("user", user.id())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
    }

    /**
     * Who was held to account over the accidents of the scope, newest first: all of them, or those
     * of one unit (an enterprise, a department, a government).
     */
    Page<Entry> list(Scope scope, Long unitId, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where;
        if (scope.isSingleEnterprise()) {
            where = "enterprise_id = :scopeEnterprise";
            params.put("scopeEnterprise", scope.enterpriseId());
        } else {
            RollUpWhere rollUp = RollUpWhere.of(scope, null, null);
            where = rollUp.sql();
            params.putAll(rollUp.params());
        }
        String accidents = "(select * from accident where " + where + ")";
        String unit = "";
        if (unitId != null) {
            unit = " where a.subject_unit_id = :unit";
            params.put("unit", unitId);
        }
        long total = jdbc.sql(
                        "select count(*) from accountability a join " + accidents + " x on x.id = a.accident_id" + unit)
                .params(params)
                .query(Long.class)
                .single();
        List<Entry> rows = jdbc.sql(entries(accidents) + unit
                        + " order by a.decided_on desc, a.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Entry.class)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Sends the document of one of the accident's investigation reports; false when it has none. */
    boolean sendDocument(Scope scope, long id, long investigationId, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        accidents.load(scope, id);
        var row = jdbc.sql("select document_key, document_name from accident_investigation"
                        + " where id = :i and accident_id = :a and document_key is not null")
                .param("i", investigationId)
                .param("a", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        return row.isPresent() && documents.send(row.get()[0], row.get()[1], response);
    }

    private Accident deciding(SignedInUser user, Scope scope, long id) {
        Accident accident = accidents.load(scope, id);
        if (!mayDecide(user, scope, accident.getEnterpriseId())) {
            throw new AccessDeniedException(
                    "Only the supervisors above the enterprise record what followed an accident");
        }
        return accident;
    }

    private void notAfterToday(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new FieldProblem(field, "accountability.date.future");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
