package app.redline.hazard;

import app.redline.organization.OrganizationService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The overdue clock, as of a day: each open hazard with a deadline gets the steps it is due and has
 * not had for that deadline — a reminder before the deadline (while the enterprise is rectifying),
 * the overdue notice to the enterprise and its supervising department, then escalation to the
 * territorial government. Steps are judged by thresholds, not by "today is the day", so a run after
 * days of downtime sends what was missed. Each step is recorded once per hazard and deadline by the
 * primary key of {@code hazard_escalation}, so two runs at once cannot both send it. Hazards are
 * handled in batches by id, one transaction each, so memory stays bounded at any size.
 */
@Service
@RequiredArgsConstructor
class HazardEscalation {

    /** What a run did: hazards looked at, and steps sent. */
    record Result(int hazards, int steps) {}

    private record Due(
            long id,
            long enterpriseId,
            LocalDate deadline,
            HazardState state,
            String description,
            String responsiblePerson,
            HazardGrade grade,
            boolean selfFound,
            Long foundByUnitId,
            int done) {}

    private record Sent(Due hazard, EscalationStep step) {}

    private final EscalationSettings settings;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final OrganizationService organization;

    Result escalate(LocalDate today, Instant now) {
        long after = 0;
        int hazards = 0;
        int steps = 0;
        while (true) {
            long from = after;
            List<Due> batch = load(today, from);
            if (batch.isEmpty()) {
                return new Result(hazards, steps);
            }
            Integer sent = transactions.execute(status -> handle(batch, today, now));
            hazards += batch.size();
            steps += sent == null ? 0 : sent;
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** The next batch of open hazards whose due level is above what was sent for their deadline. */
    private List<Due> load(LocalDate today, long after) {
        return jdbc.sql("""
                select id, enterprise_id, deadline, state, description, responsible_person, grade, self_found,
                       found_by_unit_id,
                       case when escalation_deadline = deadline then escalation_level else 0 end as done
                from hazard
                where state <> 'CLOSED' and deadline is not null and deadline <= :horizon and id > :after
                  and (escalation_deadline is distinct from deadline or escalation_level <
                       case when deadline <= :government then 3 when deadline <= :overdue then 2 else 1 end)
                order by id limit :limit
                """)
                .param("horizon", today.plusDays(settings.reminderDays()))
                .param("government", today.minusDays(settings.governmentDays()))
                .param("overdue", today.minusDays(settings.overdueDays()))
                .param("after", after)
                .param("limit", settings.batchSize())
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getLong("enterprise_id"),
                        rs.getObject("deadline", LocalDate.class),
                        HazardState.valueOf(rs.getString("state")),
                        rs.getString("description"),
                        rs.getString("responsible_person"),
                        HazardGrade.valueOf(rs.getString("grade")),
                        rs.getBoolean("self_found"),
                        (Long) rs.getObject("found_by_unit_id"),
                        rs.getInt("done")))
                .list();
    }

    private int handle(List<Due> batch, LocalDate today, Instant now) {
        List<Object[]> claims = new ArrayList<>();
        List<Sent> candidates = new ArrayList<>();
        List<Object[]> levels = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (Due hazard : batch) {
            long overdue = ChronoUnit.DAYS.between(hazard.deadline(), today);
            for (EscalationStep step : settings.due(overdue, hazard.state() == HazardState.RECTIFYING)) {
                if (step.level > hazard.done()) {
                    claims.add(new Object[] {hazard.id(), Date.valueOf(hazard.deadline()), step.name(), at});
                    candidates.add(new Sent(hazard, step));
                }
            }
            levels.add(new Object[] {
                settings.level(overdue), Date.valueOf(hazard.deadline()), hazard.id(), Date.valueOf(hazard.deadline())
            });
        }
        int[] claimed = jdbcTemplate.batchUpdate(
                "insert into hazard_escalation (hazard_id, deadline, step, sent_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                claims);
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < claimed.length; i++) {
            if (claimed[i] == 1) {
                sent.add(candidates.get(i));
            }
        }
        jdbcTemplate.batchUpdate(
                "update hazard set escalation_level = greatest(?, case when escalation_deadline = deadline"
                        + " then escalation_level else 0 end), escalation_deadline = ? where id = ? and deadline = ?",
                levels);
        if (!sent.isEmpty()) {
            record(sent, at);
            notify(sent, today);
        }
        return sent.size();
    }

    private void record(List<Sent> sent, Timestamp at) {
        jdbcTemplate.batchUpdate(
                "insert into hazard_event (hazard_id, at, actor_id, actor_name, type, from_state, to_state, comment)"
                        + " values (?, ?, null, ?, ?, ?, ?, null)",
                sent.stream()
                        .map(s -> new Object[] {
                            s.hazard().id(),
                            at,
                            HazardEvent.SYSTEM,
                            s.step().event.name(),
                            s.hazard().state().name(),
                            s.hazard().state().name()
                        })
                        .toList());
    }

    /** Hands the steps sent to the listeners (notifications), after this batch commits. */
    private void notify(List<Sent> sent, LocalDate today) {
        Set<Long> enterprises =
                sent.stream().map(s -> s.hazard().enterpriseId()).collect(Collectors.toSet());
        Map<Long, String> names = organization.unitNames(enterprises);
        List<HazardsEscalated.Escalation> escalations = new ArrayList<>();
        for (Sent s : sent) {
            Due hazard = s.hazard();
            long days = ChronoUnit.DAYS.between(hazard.deadline(), today);
            escalations.add(new HazardsEscalated.Escalation(
                    new HazardStep.Facts(
                            hazard.id(),
                            hazard.enterpriseId(),
                            HazardSupervision.subject(
                                    hazard.id(), names.getOrDefault(hazard.enterpriseId(), ""), hazard.description()),
                            hazard.grade(),
                            hazard.selfFound(),
                            hazard.foundByUnitId(),
                            hazard.responsiblePerson()),
                    s.step().published,
                    s.step() == EscalationStep.REMINDER ? hazard.deadline().toString() : Long.toString(days)));
        }
        publisher.publishEvent(new HazardsEscalated(UUID.randomUUID(), escalations));
    }
}
