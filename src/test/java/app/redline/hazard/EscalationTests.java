package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.system.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The daily escalation over simulated days (a fixed clock per day): each step once per hazard and
 * deadline, to the right people; an approved extension starts again; a run after days of downtime
 * sends what was missed; two runs at once send nothing twice; one instance runs at a time.
 */
@RedlineTest
class EscalationTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    EscalationJob job;

    @Autowired
    HazardEscalation escalation;

    @Autowired
    JobLock lock;

    @Autowired
    HazardService hazardService;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    HazardRepository hazards;

    @Autowired
    JdbcClient jdbc;

    SupervisionFixture people;
    ScopeFixture fixture;
    Long managerId;
    Long departmentSupervisorId;
    Long governmentSupervisorId;
    LocalDate today;

    @BeforeEach
    void users() {
        people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
        fixture = people.scope;
        managerId = people.managerId;
        departmentSupervisorId = people.departmentSupervisorId;
        governmentSupervisorId = people.governmentSupervisorId;
        today = LocalDate.now(ZONE);
    }

    /** A hazard being rectified whose deadline is {@code daysLeft} from today. */
    Long rectifying(int daysLeft) {
        return people.hazard(HazardGrade.GENERAL, HazardState.RECTIFYING, daysLeft, "逐级督办" + System.nanoTime());
    }

    Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(7, 0).atZone(ZONE).toInstant(), ZONE);
    }

    void runOn(LocalDate day) {
        assertThat(job.run(on(day))).isPresent();
    }

    List<String> steps(Long hazard) {
        return jdbc.sql("select type from hazard_event where hazard_id = :h and actor_id is null"
                        + " and type in ('REMINDER', 'OVERDUE_NOTICE', 'ESCALATED') order by id")
                .param("h", hazard)
                .query(String.class)
                .list();
    }

    long notified(Long user, Long hazard, String type) {
        return people.notifications(user, hazard, type);
    }

    /** The hazards a supervisor's digests of this type have counted, all days together. */
    long digested(Long user, String type) {
        return jdbc.sql("select coalesce(sum(hazards), 0) from notification where recipient_id = :u and type = :t")
                .param("u", user)
                .param("t", type)
                .query(Long.class)
                .single();
    }

    int level(Long hazard) {
        return hazards.findById(hazard).orElseThrow().escalationLevel();
    }

    @Test
    void eachStepOnceOnItsDayToTheRightPeople() {
        Long id = rectifying(2);

        runOn(today.minusDays(2)); // 4 days before the deadline: nothing yet
        assertThat(steps(id)).isEmpty();
        runOn(today);
        runOn(today);
        assertThat(steps(id)).containsExactly("REMINDER");
        assertThat(notified(managerId, id, "REMINDER")).isEqualTo(1);
        assertThat(notified(departmentSupervisorId, id, "REMINDER")).isZero();
        assertThat(level(id)).isEqualTo(1);

        runOn(today.plusDays(2)); // the deadline itself is not overdue yet
        assertThat(steps(id)).containsExactly("REMINDER");
        long departmentDigest = digested(departmentSupervisorId, "OVERDUE_DIGEST");
        runOn(today.plusDays(3)); // first overdue day
        long afterFirst = digested(departmentSupervisorId, "OVERDUE_DIGEST");
        runOn(today.plusDays(4));
        assertThat(steps(id)).containsExactly("REMINDER", "OVERDUE_NOTICE");
        assertThat(notified(managerId, id, "OVERDUE")).isEqualTo(1);
        // The department hears of it in its digest of the day (counted once), not hazard by hazard.
        assertThat(notified(departmentSupervisorId, id, "OVERDUE")).isZero();
        assertThat(afterFirst).isGreaterThan(departmentDigest);
        assertThat(digested(departmentSupervisorId, "OVERDUE_DIGEST")).isEqualTo(afterFirst);
        assertThat(notified(governmentSupervisorId, id, "OVERDUE")).isZero();

        runOn(today.plusDays(8)); // six days overdue
        assertThat(steps(id)).containsExactly("REMINDER", "OVERDUE_NOTICE");
        runOn(today.plusDays(9)); // seven days overdue: the local government
        runOn(today.plusDays(15));
        assertThat(steps(id)).containsExactly("REMINDER", "OVERDUE_NOTICE", "ESCALATED");
        assertThat(notified(governmentSupervisorId, id, "ESCALATED")).isZero();
        assertThat(digested(governmentSupervisorId, "ESCALATED_DIGEST")).isPositive();
        assertThat(level(id)).isEqualTo(3);
    }

    @Test
    void anApprovedExtensionStartsTheClockAgain() {
        Long id = rectifying(2);
        runOn(today);
        assertThat(steps(id)).containsExactly("REMINDER");

        SignedInUser manager = (SignedInUser) userDetails.loadUserByUsername("t-chem-manager");
        SignedInUser accepter = (SignedInUser) userDetails.loadUserByUsername("t-chem-inspector");
        LocalDate extended = today.plusDays(20);
        hazardService.requestExtension(
                manager,
                organization.scopeOf(fixture.chemicalsInTown, false),
                id,
                hazards.findById(id).orElseThrow().getVersion(),
                extended,
                "设备到货延迟");
        hazardService.decideExtension(
                accepter,
                organization.scopeOf(fixture.chemicalsDepartment, false),
                id,
                hazards.findById(id).orElseThrow().getVersion(),
                true,
                null);
        assertThat(level(id)).isZero();

        runOn(today.plusDays(5)); // would have been overdue under the old deadline
        assertThat(steps(id)).containsExactly("REMINDER");
        runOn(today.plusDays(18));
        runOn(today.plusDays(21));
        assertThat(steps(id)).containsExactly("REMINDER", "REMINDER", "OVERDUE_NOTICE");
        assertThat(notified(managerId, id, "REMINDER")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from hazard_escalation where hazard_id = :h")
                        .param("h", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aRunAfterDowntimeSendsWhatWasMissed() {
        Long id = rectifying(2);
        // Off from before the reminder until ten days past the deadline.
        runOn(today.plusDays(12));
        assertThat(steps(id)).containsExactly("OVERDUE_NOTICE", "ESCALATED");
        assertThat(notified(managerId, id, "ESCALATED")).isEqualTo(1);
        assertThat(digested(governmentSupervisorId, "ESCALATED_DIGEST")).isPositive();
    }

    @Test
    void twoRunsAtOnceSendEachStepOnce() throws Exception {
        Long id = rectifying(-3);
        Callable<HazardEscalation.Result> run =
                () -> escalation.escalate(today, on(today).instant());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(run);
            var second = pool.submit(run);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        assertThat(steps(id)).containsExactly("OVERDUE_NOTICE");
        assertThat(notified(managerId, id, "OVERDUE")).isEqualTo(1);
    }

    @Test
    void oneInstanceRunsTheJobAtATime() {
        AtomicBoolean inner = new AtomicBoolean(true);
        boolean ran = lock.runExclusively(
                EscalationJob.LOCK,
                Duration.ofMinutes(5),
                () -> inner.set(job.run(on(today)).isPresent()));
        assertThat(ran).isTrue();
        assertThat(inner).isFalse();
        assertThat(job.run(on(today))).isPresent();
    }

    @Test
    void aMissedScheduledRunIsCaughtUpAtStart() {
        runOn(today.plusDays(30));
        assertThat(job.missed(on(today.plusDays(30)).withZone(ZONE))).isFalse();
        assertThat(job.missed(Clock.fixed(
                        today.plusDays(31).atTime(7, 30).atZone(ZONE).toInstant(), ZONE)))
                .isTrue();
    }
}
