package app.redline.accident;

import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accidents of a scope, newest first, filtered and paged in SQL. */
@Component
@RequiredArgsConstructor
class AccidentLedger {

    record Row(
            Long id,
            Instant occurredAt,
            String enterpriseName,
            String place,
            AccidentType type,
            AccidentLevel level,
            int deaths,
            int seriousInjuries,
            BigDecimal directLoss,
            boolean late) {}

    record Filter(AccidentLevel level, AccidentType type, String region) {}

    private final JdbcClient jdbc;

    Page<Row> list(Scope scope, Filter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (scope.isSingleEnterprise()) {
            where.append("enterprise_id = :scopeEnterprise");
            params.put("scopeEnterprise", scope.enterpriseId());
        } else {
            RollUpWhere rollUp = RollUpWhere.of(scope, filter.region(), null);
            where.append(rollUp.sql());
            params.putAll(rollUp.params());
        }
        if (filter.level() != null) {
            where.append(" and level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.put("type", filter.type().name());
        }
        String from = " from (select * from accident where " + where + ") a";
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql(
                        "select a.id, a.occurred_at, coalesce(u.name, a.site) as enterprise_name, a.place, a.type, a.level,"
                                + " a.deaths, a.serious_injuries, a.direct_loss,"
                                + " exists (select 1 from accident_report r where r.accident_id = a.id and r.late) as late"
                                + from + " left join unit u on u.id = a.enterprise_id"
                                + " order by a.occurred_at desc, a.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Row.class)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }
}
