package app.redline.reporting;

import app.redline.system.Seeds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics tables with a past, for the demo installation: some enterprises of a region signed the
 * last quarter's table on time, some late, the rest not at all — as their principals would have.
 */
@Seeds
@Service
@RequiredArgsConstructor
public class StatisticsSeeds {

    private final StatisticsReports reports;
    private final ReportingSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * Signs the last ended quarter's table for the first {@code onTime + late} active enterprises of
     * the region that have users (not {@code except}): the first on time, the others late.
     */
    @Transactional
    public void submit(String regionCode, Long except, int onTime, int late) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = ReportPeriod.recent(today, 1).get(0);
        LocalDate deadline = settings.deadline(period);
        record Signer(long enterprise, String enterpriseName, long user, String name) {}
        List<Signer> signers = jdbc.sql("""
                        select e.id, e.name, min(u.id), coalesce(nullif(e.principal, ''), min(u.display_name))
                        from unit e join app_user u on u.unit_id = e.id
                        where e.type = 'ENTERPRISE' and e.active and e.region_code like :region and e.id <> :except
                        group by e.id, e.name, e.principal order by e.id limit :n""")
                .param("region", regionCode + "%")
                .param("except", except)
                .param("n", onTime + late)
                .query((rs, n) -> new Signer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
        for (int i = 0; i < signers.size(); i++) {
            Signer s = signers.get(i);
            LocalDate day = i < onTime ? deadline.minusDays(3 + i % 5) : deadline.plusDays(2 + i % 4);
            if (day.isAfter(today)) {
                continue;
            }
            Instant at =
                    day.atTime(LocalTime.of(10, 30)).atZone(clock.getZone()).toInstant();
            reports.record(
                    s.enterprise(),
                    s.enterpriseName(),
                    period,
                    BigDecimal.valueOf(2 + i % 7, 0),
                    i % 3 == 0 ? "已组织专项排查，重点隐患按期整改" : null,
                    s.user(),
                    s.name(),
                    at);
        }
    }
}
