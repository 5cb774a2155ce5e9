package app.redline.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clauses a hazard or a checklist item may name: those of the current editions, for an
 * enterprise those of the standards that judge one of its industries (or, naming no industry, every
 * enterprise). A clause named before a newer edition came keeps being shown where it is named.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class StandardCatalogue {

    private static final String CLAUSE_COLUMNS =
            "c.id, s.id as standard_id, s.name, s.name_en, s.edition, c.number, c.text from standard_clause c"
                    + " join judgement_standard s on s.id = c.standard_id";

    /** A current edition judges the enterprise: it names no industry, or one of the enterprise's or above. */
    private static final String JUDGES_ENTERPRISE = "s.current and (not exists (select 1 from"
            + " judgement_standard_industry si where si.standard_id = s.id) or exists (select 1 from"
            + " judgement_standard_industry si join industry_lineage l on l.ancestor = si.industry_code"
            + " join unit_industry ui on ui.industry_code = l.code where si.standard_id = s.id"
            + " and ui.unit_id = :enterprise))";

    private final JdbcClient jdbc;

    /** The clauses offered when grading a hazard of this enterprise major, by standard. */
    public List<ClauseGroup> choices(Long enterpriseId) {
        return groups(jdbc.sql("select " + CLAUSE_COLUMNS + " where " + JUDGES_ENTERPRISE
                        + " order by s.name, s.edition, c.position")
                .param("enterprise", enterpriseId)
                .query(StandardCatalogue::clause)
                .list());
    }

    /** The clauses of every current edition, for a checklist (which may serve several industries). */
    public List<ClauseGroup> current() {
        return groups(jdbc.sql("select " + CLAUSE_COLUMNS + " where s.current order by s.name, s.edition, c.position")
                .query(StandardCatalogue::clause)
                .list());
    }

    /** Whether this clause may be named for a hazard of this enterprise now. */
    public boolean offered(Long clauseId, Long enterpriseId) {
        return jdbc.sql("select count(*) from standard_clause c join judgement_standard s on s.id = c.standard_id"
                                + " where c.id = :id and " + JUDGES_ENTERPRISE)
                        .param("id", clauseId)
                        .param("enterprise", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether this clause is of a current edition. */
    public boolean isCurrent(Long clauseId) {
        return jdbc.sql("select count(*) from standard_clause c join judgement_standard s on s.id = c.standard_id"
                                + " where c.id = :id and s.current")
                        .param("id", clauseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<StandardClause> find(Long clauseId) {
        if (clauseId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + CLAUSE_COLUMNS + " where c.id = :id")
                .param("id", clauseId)
                .query(StandardCatalogue::clause)
                .optional();
    }

    private static StandardClause clause(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StandardClause(
                rs.getLong("id"),
                rs.getLong("standard_id"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getInt("edition"),
                rs.getString("number"),
                rs.getString("text"));
    }

    private static List<ClauseGroup> groups(List<StandardClause> clauses) {
        Map<Long, List<StandardClause>> byStandard = new LinkedHashMap<>();
        clauses.forEach(c -> byStandard
                .computeIfAbsent(c.standardId(), id -> new ArrayList<>())
                .add(c));
        return byStandard.values().stream()
                .map(list -> new ClauseGroup(
                        list.get(0).standardId(),
                        list.get(0).standardName(),
                        list.get(0).standardNameEn(),
                        list.get(0).edition(),
                        List.copyOf(list)))
                .toList();
    }
}
