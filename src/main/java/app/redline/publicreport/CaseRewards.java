package app.redline.publicreport;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.system.FormSubmissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewards for reports: the handlers propose one (the rule reckons it), a supervisor of the handling
 * department approves or refuses it, the handlers mark it paid. Each step is in the case's history.
 */
@Service
@RequiredArgsConstructor
class CaseRewards {

    /** The largest fine a proposal takes, in RMB. */
    static final BigDecimal MAX_FINE = new BigDecimal("1000000000");

    private final CaseHandling cases;
    private final PublicReportRepository reports;
    private final PublicReportEvents events;
    private final RewardRule rule;
    private final FormSubmissions submissions;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The reward the rule gives for this fine (null: none), to show before it is proposed. */
    RewardRule.Reckoned preview(BigDecimal fine) {
        return rule.reckon(fine);
    }

    @Transactional
    void propose(SignedInUser user, Scope scope, long id, long version, BigDecimal fine) {
        PublicReport report = handled(user, scope, id, version);
        if (fine != null && (fine.signum() < 0 || fine.compareTo(MAX_FINE) > 0 || fine.scale() > 2)) {
            throw new ReportRefused("fine", "publicReport.reward.fine");
        }
        submissions.claim();
        boolean major = report.getHazardId() != null && "MAJOR".equals(hazardGrade(report.getHazardId()));
        RewardRule.Reckoned reward = rule.reckon(fine);
        report.proposeReward(fine, reward, major, user.id(), Instant.now(clock));
        reports.saveAndFlush(report);
        events.record(
                id,
                PublicReportEvents.Type.REWARD_PROPOSED,
                user.id(),
                null,
                null,
                reward.amount().toPlainString() + " · " + reward.basis());
    }

    @Transactional
    void decide(SignedInUser user, Scope scope, long id, long version, boolean approve, String note) {
        PublicReport report = handled(user, scope, id, version);
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("A supervisor of the department approves a reward");
        }
        submissions.claim();
        String reason = note == null || note.isBlank() ? null : note.strip();
        report.decideReward(approve, reason, user.id(), Instant.now(clock));
        reports.saveAndFlush(report);
        events.record(
                id,
                approve ? PublicReportEvents.Type.REWARD_APPROVED : PublicReportEvents.Type.REWARD_REFUSED,
                user.id(),
                null,
                null,
                reason);
    }

    @Transactional
    void paid(SignedInUser user, Scope scope, long id, long version, String reference) {
        PublicReport report = handled(user, scope, id, version);
        submissions.claim();
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        report.rewardPaid(ref, Instant.now(clock));
        reports.saveAndFlush(report);
        events.record(id, PublicReportEvents.Type.REWARD_PAID, user.id(), null, null, ref);
    }

    /** The grade of the hazard raised from a case. */
    String hazardGrade(long hazardId) {
        return jdbc.sql("select grade from hazard where id = :id")
                .param("id", hazardId)
                .query(String.class)
                .single();
    }

    private PublicReport handled(SignedInUser user, Scope scope, long id, long version) {
        CaseHandling.CasePage page = cases.page(user, scope, id);
        if (page.access() != CaseHandling.Access.HANDLE || page.report().isStaff()) {
            throw new AccessDeniedException("Only the handling department deals with a reward");
        }
        if (page.report().getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PublicReport.class, id);
        }
        return page.report();
    }
}
