package app.redline.hazard;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report an enterprise files for a major hazard (Order No. 16, Art. 14): its present state and
 * causes, its degree of danger and difficulty of rectification, and the treatment plan. Filed once,
 * by the enterprise's own safety managers; its supervisors are told.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class MajorReports {

    /** A filed report. */
    public record Report(String presentState, String danger, String treatment, String filedBy, Instant filedAt) {

        /** A row of {@code major_hazard_report}'s present_state, danger, treatment, filed_by_name, filed_at. */
        static Report of(ResultSet row) throws SQLException {
            return new Report(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getTimestamp(5).toInstant());
        }
    }

    private final HazardService hazards;
    private final HazardEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether this user files the hazard's report: a safety manager of its enterprise, for a major hazard. */
    static boolean mayFile(SignedInUser user, Hazard hazard) {
        return hazard.getGrade() == HazardGrade.MAJOR && isFiler(user, hazard);
    }

    /** A safety manager of the hazard's own enterprise. */
    private static boolean isFiler(SignedInUser user, Hazard hazard) {
        return user.hasRole(Role.ENTERPRISE_MANAGER) && hazard.getEnterpriseId().equals(user.unitId());
    }

    /**
     * Refuses (403) anyone but the safety managers of the hazard's enterprise, before the form is
     * read; a hazard outside the scope is "not found"; a general hazard is refused when filed.
     */
    public void requireFiler(SignedInUser user, Scope scope, long hazardId) {
        requireFiler(user, hazards.load(scope, hazardId));
    }

    private static void requireFiler(SignedInUser user, Hazard hazard) {
        if (!isFiler(user, hazard)) {
            throw new AccessDeniedException("Only the enterprise's safety managers file its major-hazard report");
        }
    }

    @Transactional
    public void file(SignedInUser user, Scope scope, long hazardId, MajorReportForm form) {
        Hazard hazard = hazards.load(scope, hazardId);
        if (hazard.getGrade() != HazardGrade.MAJOR) {
            throw new HazardRefused("hazard.majorReport.notMajor");
        }
        requireFiler(user, hazard);
        Instant now = Instant.now(clock);
        int filed = jdbc.sql("""
                        insert into major_hazard_report
                            (hazard_id, present_state, danger, treatment, filed_by, filed_by_name, filed_at)
                        values (:hazard, :state, :danger, :treatment, :user, :name, :at)
                        on conflict (hazard_id) do nothing""")
                .param("hazard", hazardId)
                .param("state", form.getPresentState().strip())
                .param("danger", form.getDanger().strip())
                .param("treatment", form.getTreatment().strip())
                .param("user", user.id())
                .param("name", user.displayName())
                .param("at", Timestamp.from(now))
                .update();
        if (filed == 0) {
            throw new HazardRefused("hazard.majorReport.filedAlready");
        }
        events.save(new HazardEvent(
                hazard.getId(),
                now,
                user.id(),
                user.displayName(),
                HazardEvent.Type.MAJOR_REPORTED,
                hazard.getState(),
                hazard.getState(),
                null));
        publisher.publishEvent(new HazardStep.MajorReported(UUID.randomUUID(), hazards.facts(hazard), user.id()));
    }
}
