package app.redline.prevention;

import app.redline.system.Seeds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk registers and investigation history for the demo: an enterprise's objects, units, events,
 * measures and tasks written as they would be kept, and some weeks of task windows behind them —
 * most done, some missed, a few that found a hazard — counted as the schedule counts them. A
 * second call adds nothing.
 */
@Seeds
@Service
@RequiredArgsConstructor
public class PreventionSeeds {

    /** A task: what to check, the cycle, the post or the named user, and whether the responsible person does it. */
    public record TaskSeed(String content, TaskCycle cycle, String post, Long assigneeId, boolean responsiblePerson) {}

    public record MeasureSeed(MeasureKind kind, String description, List<TaskSeed> tasks) {}

    /** An event: LS (exposure null) or LEC factors. */
    public record EventSeed(
            String description,
            String accidentType,
            double likelihood,
            Double exposure,
            double severity,
            List<MeasureSeed> measures) {}

    public record UnitSeed(
            String name, String department, String person, String phone, String emergency, List<EventSeed> events) {}

    public record ObjectSeed(String name, ObjectKind kind, String location, List<UnitSeed> units) {}

    private final RiskObjectRepository objects;
    private final RiskUnitRepository units;
    private final RiskEventRepository events;
    private final ControlMeasureRepository measures;
    private final InvestigationTaskRepository tasks;
    private final RiskRegister register;
    private final RiskAssessor assessor;
    private final InvestigationSchedule schedule;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The first active enterprise of a region whose name ends so (the demo's generated names). */
    @Transactional(readOnly = true)
    public Optional<Long> enterpriseNamed(String regionPrefix, String suffix) {
        return jdbc.sql("select id from unit where type = 'ENTERPRISE' and active and region_code like :region"
                        + " and name like :suffix order by id limit 1")
                .param("region", regionPrefix + "%")
                .param("suffix", "%" + suffix)
                .query(Long.class)
                .optional();
    }

    /**
     * Writes the register unless the enterprise has one, with its tasks created {@code days} ago and
     * their windows since then recorded.
     */
    @Transactional
    public void ensureRegister(Long enterpriseId, List<ObjectSeed> seeds, int days, long randomSeed) {
        if (!objects.findByEnterpriseIdOrderByName(enterpriseId).isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        Instant created = now.minus(Duration.ofDays(days));
        for (ObjectSeed o : seeds) {
            RiskObject object = objects.save(new RiskObject(enterpriseId, o.name(), o.kind(), o.location(), created));
            for (UnitSeed u : o.units()) {
                UnitForm form = new UnitForm();
                form.setName(u.name());
                form.setDepartment(u.department());
                form.setResponsiblePerson(u.person());
                form.setResponsiblePhone(u.phone());
                form.setEmergencyMeasures(u.emergency());
                RiskUnit unit = units.save(new RiskUnit(object, form));
                for (EventSeed e : u.events()) {
                    AssessmentMethod method = e.exposure() == null ? AssessmentMethod.LS : AssessmentMethod.LEC;
                    Assessment assessment = assessor.assess(
                            method,
                            BigDecimal.valueOf(e.likelihood()),
                            e.exposure() == null ? null : BigDecimal.valueOf(e.exposure()),
                            BigDecimal.valueOf(e.severity()));
                    RiskEvent event = events.save(new RiskEvent(unit, e.description(), e.accidentType(), assessment));
                    for (MeasureSeed m : e.measures()) {
                        ControlMeasure measure = measures.save(new ControlMeasure(event, m.kind(), m.description()));
                        for (TaskSeed t : m.tasks()) {
                            tasks.save(new InvestigationTask(
                                    measure,
                                    unit.getId(),
                                    t.content(),
                                    t.cycle(),
                                    t.post(),
                                    t.assigneeId(),
                                    t.responsiblePerson(),
                                    created));
                        }
                    }
                }
                units.flush();
                register.relevel(unit);
            }
        }
        tasks.flush();
        history(enterpriseId, created, now, new Random(randomSeed));
        // The windows open now opened before the schedule's watermark: their tasks are due in them.
        schedule.countDueNow(tasks.findByEnterpriseIdOrderById(enterpriseId));
    }

    /**
     * Every window of the enterprise's tasks that ended between {@code from} and {@code now}: most
     * done, about one in ten missed, one in forty with a hazard found; counted per day as the
     * schedule and the taps count them. The schedule's watermark is moved to now, so it does not
     * count these windows again.
     */
    private void history(Long enterpriseId, Instant from, Instant now, Random random) {
        for (InvestigationTask task : tasks.findAll().stream()
                .filter(t -> t.getEnterpriseId().equals(enterpriseId))
                .toList()) {
            for (TaskWindow window : TaskWindow.endingBetween(task.getCycle(), from, now, clock.getZone())) {
                int roll = random.nextInt(40);
                String outcome = roll == 0 ? "HAZARD" : roll < 5 ? "MISSED" : "NORMAL";
                jdbc.sql("""
                                insert into investigation_record
                                    (task_id, enterprise_id, slot_start, slot_end, outcome, recorded_at)
                                values (:task, :enterprise, :start, :end, :outcome, :at)
                                on conflict (task_id, slot_start) do nothing""")
                        .param("task", task.getId())
                        .param("enterprise", enterpriseId)
                        .param("start", Timestamp.from(window.start()))
                        .param("end", Timestamp.from(window.end()))
                        .param("outcome", outcome)
                        .param("at", Timestamp.from(outcome.equals("MISSED") ? window.end() : window.start()))
                        .update();
            }
        }
        // The counters, day by day, as the schedule (due, missed) and the taps (done, found) add them.
        jdbc.sql("""
                        select count(*) from (
                            select investigation_count(array[enterprise_id], day, array[due], array[done],
                                                       array[found], array[missed])
                            from (select enterprise_id, ((slot_end - interval '1 microsecond') at time zone :zone)::date as day,
                                         count(*)::integer as due,
                                         (count(*) filter (where outcome = 'NORMAL'))::integer as done,
                                         (count(*) filter (where outcome = 'HAZARD'))::integer as found,
                                         (count(*) filter (where outcome = 'MISSED'))::integer as missed
                                  from investigation_record where enterprise_id = :enterprise
                                  group by 1, 2) days) counted""")
                .param("enterprise", enterpriseId)
                .param("zone", clock.getZone().getId())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into investigation_schedule (id, closed_until) values (1, :now)
                        on conflict (id) do update set closed_until = greatest(investigation_schedule.closed_until, :now)""").param("now", Timestamp.from(now)).update();
    }
}
