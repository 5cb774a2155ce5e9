package app.redline.prevention;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk levels' thresholds, the installation's: every administrator reads them, a global
 * administrator changes them. A change re-levels at once every event whose score now reaches
 * another level, then their units and enterprises (each change in their history).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RiskThresholdAdministration {

    static final String AUDIT_TYPE = "RISK_THRESHOLD";

    private final RiskThresholds thresholds;
    private final RiskUnitRepository units;
    private final RiskRegister register;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;

    /** The thresholds as a form, with their version. */
    ThresholdForm current() {
        Map<RiskLevel, BigDecimal> ls = thresholds.of(AssessmentMethod.LS);
        Map<RiskLevel, BigDecimal> lec = thresholds.of(AssessmentMethod.LEC);
        ThresholdForm form = new ThresholdForm();
        form.setLsRed(ls.get(RiskLevel.RED));
        form.setLsOrange(ls.get(RiskLevel.ORANGE));
        form.setLsYellow(ls.get(RiskLevel.YELLOW));
        form.setLecRed(lec.get(RiskLevel.RED));
        form.setLecOrange(lec.get(RiskLevel.ORANGE));
        form.setLecYellow(lec.get(RiskLevel.YELLOW));
        form.setVersion(version());
        return form;
    }

    /** The LS matrix (likelihood 5 down to 1 by severity 1 to 5), each cell at the level its product reaches. */
    List<List<RiskLevel>> lsMatrix() {
        Map<RiskLevel, BigDecimal> ls = thresholds.of(AssessmentMethod.LS);
        return java.util.stream.IntStream.iterate(5, l -> l >= 1, l -> l - 1)
                .mapToObj(l -> java.util.stream.IntStream.rangeClosed(1, 5)
                        .mapToObj(s -> RiskThresholds.levelOf(ls, BigDecimal.valueOf((long) l * s)))
                        .toList())
                .toList();
    }

    /** Saves new thresholds; returns how many risk events changed level. */
    @Transactional
    int save(Scope admin, ThresholdForm form) {
        requireGlobal(admin);
        checkOrder("ls", form.getLsRed(), form.getLsOrange(), form.getLsYellow());
        checkOrder("lec", form.getLecRed(), form.getLecOrange(), form.getLecYellow());
        jdbc.sql("select 1 from risk_threshold for update").query().listOfRows();
        if (version() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException("risk_threshold", "thresholds");
        }
        ThresholdForm before = current();
        set(AssessmentMethod.LS, RiskLevel.RED, form.getLsRed());
        set(AssessmentMethod.LS, RiskLevel.ORANGE, form.getLsOrange());
        set(AssessmentMethod.LS, RiskLevel.YELLOW, form.getLsYellow());
        set(AssessmentMethod.LEC, RiskLevel.RED, form.getLecRed());
        set(AssessmentMethod.LEC, RiskLevel.ORANGE, form.getLecOrange());
        set(AssessmentMethod.LEC, RiskLevel.YELLOW, form.getLecYellow());
        Changes changes = Changes.between(fields(before), fields(current()));
        if (changes.isEmpty()) {
            return 0;
        }
        auditLog.record(new AuditEntry("UPDATE", AUDIT_TYPE, "LS+LEC", "LS / LEC", null, changes));
        return relevel();
    }

    /** Every event whose score reaches another level now: its new level, then its unit's and enterprise's. */
    private int relevel() {
        List<Long> changedUnits = jdbc.sql("""
                        with levelled as (
                            select e.id, (select t.level from risk_threshold t
                                          where t.method = e.method and e.score >= t.min_score
                                          order by t.min_score desc limit 1) as level
                            from risk_event e)
                        update risk_event e set level = l.level, version = e.version + 1
                        from levelled l where l.id = e.id and l.level is distinct from e.level
                        returning e.unit_id""").query(Long.class).list();
        units.findAllById(new java.util.LinkedHashSet<>(changedUnits)).forEach(register::relevel);
        return changedUnits.size();
    }

    private void set(AssessmentMethod method, RiskLevel level, BigDecimal minScore) {
        jdbc.sql("update risk_threshold set min_score = :score, version = version + 1"
                        + " where method = :method and level = :level and min_score <> :score")
                .param("score", minScore)
                .param("method", method.name())
                .param("level", level.name())
                .update();
    }

    private long version() {
        return jdbc.sql("select coalesce(sum(version), 0) from risk_threshold")
                .query(Long.class)
                .single();
    }

    static void requireGlobal(Scope admin) {
        if (admin.kind() != Scope.Kind.ALL) {
            throw new AccessDeniedException("Only a global administrator changes the risk thresholds");
        }
    }

    private static void checkOrder(String prefix, BigDecimal red, BigDecimal orange, BigDecimal yellow) {
        if (orange.compareTo(red) >= 0) {
            throw new FieldProblem(prefix + "Orange", "threshold.order");
        }
        if (yellow.compareTo(orange) >= 0) {
            throw new FieldProblem(prefix + "Yellow", "threshold.order");
        }
    }

    private static Map<String, Object> fields(ThresholdForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("LS RED", form.getLsRed().stripTrailingZeros().toPlainString());
        fields.put("LS ORANGE", form.getLsOrange().stripTrailingZeros().toPlainString());
        fields.put("LS YELLOW", form.getLsYellow().stripTrailingZeros().toPlainString());
        fields.put("LEC RED", form.getLecRed().stripTrailingZeros().toPlainString());
        fields.put("LEC ORANGE", form.getLecOrange().stripTrailingZeros().toPlainString());
        fields.put("LEC YELLOW", form.getLecYellow().stripTrailingZeros().toPlainString());
        return fields;
    }
}
