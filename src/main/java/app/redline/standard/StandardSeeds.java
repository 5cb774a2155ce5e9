package app.redline.standard;

import app.redline.system.Seeds;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clauses of a standard for a demo or a test installation, as an administrator's import would
 * add them: a clause whose number the edition has is left as it is, so a second start adds nothing.
 */
@Seeds
@Component
@RequiredArgsConstructor
public class StandardSeeds {

    /** A clause: its number and text. */
    public record Clause(String number, String text) {}

    private final JdbcClient jdbc;

    /** Adds the clauses an edition lacks and sets its industries; the edition's id. */
    @Transactional
    public Long ensure(String code, int edition, String name, Set<String> industries, List<Clause> clauses) {
        Long id = jdbc.sql("select id from judgement_standard where code = :code and edition = :edition")
                .param("code", code)
                .param("edition", edition)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("insert into judgement_standard (code, edition, name) values"
                                + " (:code, :edition, :name) returning id")
                        .param("code", code)
                        .param("edition", edition)
                        .param("name", name)
                        .query(Long.class)
                        .single());
        for (String industry : industries) {
            jdbc.sql("insert into judgement_standard_industry (standard_id, industry_code) values (:id, :code)"
                            + " on conflict do nothing")
                    .param("id", id)
                    .param("code", industry)
                    .update();
        }
        for (Clause clause : clauses) {
            jdbc.sql("insert into standard_clause (standard_id, position, number, text) select :id,"
                            + " (select coalesce(max(position), 0) + 1 from standard_clause where standard_id = :id),"
                            + " :number, :text on conflict (standard_id, number) do nothing")
                    .param("id", id)
                    .param("number", clause.number())
                    .param("text", clause.text())
                    .update();
        }
        return id;
    }

    /** The id of a clause of an edition. */
    public Long clauseId(String code, int edition, String number) {
        return jdbc.sql("select c.id from standard_clause c join judgement_standard s on s.id = c.standard_id"
                        + " where s.code = :code and s.edition = :edition and c.number = :number")
                .param("code", code)
                .param("edition", edition)
                .param("number", number)
                .query(Long.class)
                .single();
    }
}
