package app.redline.standard;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as its pages show it: every edition, its industries, clauses and how often each is named. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class StandardLibrary {

    record Edition(
            Long id,
            String code,
            int edition,
            String name,
            String nameEn,
            boolean current,
            int clauses,
            long cited,
            String industriesZh,
            String industriesEn) {}

    record Clause(Long id, String number, String text, long hazards, long items) {}

    private static final String EDITIONS = "select s.id, s.code, s.edition, s.name, s.name_en, s.current,"
            + " (select count(*) from standard_clause c where c.standard_id = s.id) as clauses,"
            + " (select count(*) from hazard h join standard_clause c on c.id = h.judgement_clause_id"
            + "   where c.standard_id = s.id)"
            + " + (select count(*) from checklist_item i join standard_clause c on c.id = i.standard_clause_id"
            + "   where c.standard_id = s.id) as cited,"
            + " (select string_agg(i.name_zh, '、' order by i.sort_order) from judgement_standard_industry si"
            + "   join industry i on i.code = si.industry_code where si.standard_id = s.id) as industries_zh,"
            + " (select string_agg(i.name_en, ', ' order by i.sort_order) from judgement_standard_industry si"
            + "   join industry i on i.code = si.industry_code where si.standard_id = s.id) as industries_en"
            + " from judgement_standard s";

    private final JdbcClient jdbc;

    List<Edition> editions() {
        return jdbc.sql(EDITIONS + " order by s.current desc, s.name, s.edition desc")
                .query(Edition.class)
                .list();
    }

    Optional<Edition> edition(long id) {
        return jdbc.sql(EDITIONS + " where s.id = :id")
                .param("id", id)
                .query(Edition.class)
                .optional();
    }

    List<Clause> clauses(long standardId) {
        return jdbc.sql("select c.id, c.number, c.text,"
                        + " (select count(*) from hazard h where h.judgement_clause_id = c.id) as hazards,"
                        + " (select count(*) from checklist_item i where i.standard_clause_id = c.id) as items"
                        + " from standard_clause c where c.standard_id = :id order by c.position")
                .param("id", standardId)
                .query(Clause.class)
                .list();
    }
}
