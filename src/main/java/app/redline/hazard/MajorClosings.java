package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a major hazard after its treatment (Order No. 16, Art. 23; the provinces' rules on listed
 * supervision): the enterprise records the evaluation, applies in writing to restart production it
 * stopped (the supervising department decides), and for a listed hazard applies for write-off (摘牌
 * 销号): the department verifies, the listing government approves and the hazard closes. Every step
 * checks whose turn it is ({@link HazardAccess}) and the hazard's version, is a hazard event and
 * tells whose turn it is next; a refusal sends the hazard back to rectification with the reason.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class MajorClosings {

    private final HazardService hazards;
    private final HazardRepository repository;
    private final HazardExtensionRepository extensions;
    private final PhotoUploads photoUploads;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * Refuses (403) anyone not on the side that takes this step, before the form is read; a hazard
     * outside the scope is "not found".
     */
    void requireSide(SignedInUser user, Scope scope, long id, HazardAction action) {
        if (!hazards.onTheSideOf(user, scope, id, action)) {
            throw new AccessDeniedException("Not this user's step of the hazard's closing");
        }
    }

    @Transactional
    void evaluate(SignedInUser user, Scope scope, long id, EvaluationForm form, List<Long> scans) {
        Hazard hazard = hazards.acting(user, scope, id, form.getVersion(), HazardAction.EVALUATE);
        LocalDate today = LocalDate.now(clock);
        if (form.getEvaluatedOn().isAfter(today)) {
            throw new HazardRefused("evaluatedOn", "hazard.closing.evaluatedOn.future");
        }
        if (form.getEvaluatedOn().isBefore(hazard.getReportedOn())) {
            throw new HazardRefused("evaluatedOn", "hazard.closing.evaluatedOn.beforeReport");
        }
        hazard.evaluated(form.isProductionStopped());
        repository.saveAndFlush(hazard);
        Instant now = Instant.now(clock);
        insert(
                hazard,
                form.getEvaluatorKind(),
                form.getEvaluator().strip(),
                form.getEvaluatedOn(),
                form.getConclusion().strip(),
                form.isProductionStopped(),
                user.id(),
                user.displayName(),
                now);
        HazardEvent event = hazards.record(
                user,
                hazard,
                HazardEvent.Type.EVALUATED,
                hazard.getState(),
                hazard.getState(),
                form.getEvaluator().strip() + " · " + form.getEvaluatedOn() + " · "
                        + form.getConclusion().strip());
        hazards.attach(user, hazard, event, HazardPhoto.Stage.EVALUATION, photoUploads.take(user.id(), scans));
        told(user, hazard, HazardStep.Closing.Kind.EVALUATED, null);
    }

    /** Writes the evaluation that begins the hazard's current round of closing. */
    void insert(
            Hazard hazard,
            MajorClosing.EvaluatorKind kind,
            String evaluator,
            LocalDate on,
            String conclusion,
            boolean productionStopped,
            long userId,
            String userName,
            Instant at) {
        jdbc.sql("""
                        insert into major_hazard_closing (hazard_id, round, evaluator_kind, evaluator, evaluated_on,
                            conclusion, production_stopped, evaluated_by, evaluated_by_name, evaluated_at)
                        values (:hazard, :round, :kind, :evaluator, :on, :conclusion, :stopped, :user, :name, :at)""")
                .param("hazard", hazard.getId())
                .param("round", hazard.getRejections())
                .param("kind", kind.name())
                .param("evaluator", evaluator)
                .param("on", on)
                .param("conclusion", conclusion)
                .param("stopped", productionStopped)
                .param("user", userId)
                .param("name", userName)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Transactional
    void requestRestart(SignedInUser user, Scope scope, long id, ClosingRequestForm form) {
        Hazard hazard = hazards.acting(user, scope, id, form.getVersion(), HazardAction.REQUEST_RESTART);
        hazard.restartRequested();
        String text = form.getText().strip();
        update(hazard, "restart_request = :text, restart_requested_by = :name, restart_requested_at = :at", user, text);
        step(user, hazard, HazardEvent.Type.RESTART_REQUESTED, HazardStep.Closing.Kind.RESTART_REQUESTED, text);
    }

    @Transactional
    void decideRestart(SignedInUser user, Scope scope, long id, ClosingDecisionForm form) {
        decide(user, scope, id, form, Decision.RESTART, (hazard, comment) -> {
            hazard.restartApproved();
            step(user, hazard, HazardEvent.Type.RESTART_APPROVED, HazardStep.Closing.Kind.RESTART_APPROVED, comment);
        });
    }

    @Transactional
    void requestWriteOff(SignedInUser user, Scope scope, long id, ClosingRequestForm form) {
        Hazard hazard = hazards.acting(user, scope, id, form.getVersion(), HazardAction.REQUEST_WRITE_OFF);
        hazard.writeOffRequested();
        String text = form.getText().strip();
        update(
                hazard,
                "write_off_request = :text, write_off_requested_by = :name, write_off_requested_at = :at",
                user,
                text);
        step(user, hazard, HazardEvent.Type.WRITE_OFF_REQUESTED, HazardStep.Closing.Kind.WRITE_OFF_REQUESTED, text);
    }

    @Transactional
    void checkWriteOff(SignedInUser user, Scope scope, long id, ClosingDecisionForm form) {
        decide(user, scope, id, form, Decision.CHECK, (hazard, comment) -> {
            hazard.writeOffChecked();
            step(
                    user,
                    hazard,
                    HazardEvent.Type.WRITE_OFF_CONFIRMED,
                    HazardStep.Closing.Kind.WRITE_OFF_CONFIRMED,
                    comment);
        });
    }

    @Transactional
    void decideWriteOff(SignedInUser user, Scope scope, long id, ClosingDecisionForm form) {
        decide(user, scope, id, form, Decision.WRITE_OFF, (hazard, comment) -> {
            Long listedBy = hazard.getListedByUnitId();
            HazardState from = hazard.getState();
            Instant now = Instant.now(clock);
            hazard.writtenOff(now, clock.getZone());
            repository.saveAndFlush(hazard);
            extensions
                    .findByHazardIdAndStatus(id, HazardExtension.Status.PENDING)
                    .ifPresent(pending -> pending.decide(false, user.id(), now));
            hazards.record(user, hazard, HazardEvent.Type.WRITTEN_OFF, from, hazard.getState(), comment);
            publisher.publishEvent(new HazardStep.Closing(
                    UUID.randomUUID(),
                    hazards.facts(hazard),
                    user.id(),
                    HazardStep.Closing.Kind.WRITTEN_OFF,
                    listedBy,
                    comment));
            publisher.publishEvent(new HazardClosed(hazard.getId(), hazard.getEnterpriseId()));
        });
    }

    /** A decision of the closing: where it is written, what "yes" is called, what a "no" is. */
    private enum Decision {
        RESTART(
                HazardAction.DECIDE_RESTART,
                "restart_decision = :decision, restart_decided_by = :name, restart_decided_at = :at,"
                        + " restart_comment = :text",
                "APPROVED",
                HazardEvent.Type.RESTART_REFUSED,
                HazardStep.Closing.Kind.RESTART_REFUSED),
        CHECK(
                HazardAction.CHECK_WRITE_OFF,
                "write_off_check = :decision, write_off_checked_by = :name, write_off_checked_at = :at,"
                        + " write_off_check_comment = :text",
                "CONFIRMED",
                HazardEvent.Type.WRITE_OFF_REFUSED,
                HazardStep.Closing.Kind.WRITE_OFF_REFUSED),
        WRITE_OFF(
                HazardAction.DECIDE_WRITE_OFF,
                "write_off_decision = :decision, write_off_decided_by = :name, write_off_decided_at = :at,"
                        + " write_off_comment = :text",
                "APPROVED",
                HazardEvent.Type.WRITE_OFF_REFUSED,
                HazardStep.Closing.Kind.WRITE_OFF_REFUSED);

        final HazardAction action;
        final String columns;
        final String yes;
        final HazardEvent.Type refused;
        final HazardStep.Closing.Kind refusedKind;

        Decision(
                HazardAction action,
                String columns,
                String yes,
                HazardEvent.Type refused,
                HazardStep.Closing.Kind refusedKind) {
            this.action = action;
            this.columns = columns;
            this.yes = yes;
            this.refused = refused;
            this.refusedKind = refusedKind;
        }
    }

    /**
     * Takes a decision: written into the round; a "no" (with its reason) sends the hazard back to
     * rectification, a "yes" goes on as {@code approved} says.
     */
    private void decide(
            SignedInUser user,
            Scope scope,
            long id,
            ClosingDecisionForm form,
            Decision decision,
            BiConsumer<Hazard, String> approved) {
        Hazard hazard = hazards.acting(user, scope, id, form.getVersion(), decision.action);
        String comment = decision(form);
        update(hazard, decision.columns, user, comment, form.isApprove() ? decision.yes : "REFUSED");
        if (form.isApprove()) {
            approved.accept(hazard, comment);
        } else {
            sendBack(user, hazard, decision.refused, decision.refusedKind, comment);
        }
    }

    /** A "no" needs its reason: it goes to the enterprise, which rectifies again. */
    private static String decision(ClosingDecisionForm form) {
        String comment = form.getComment() == null ? "" : form.getComment().strip();
        if (!form.isApprove() && comment.isEmpty()) {
            throw new HazardRefused("comment", "hazard.closing.reasonRequired");
        }
        return comment.isEmpty() ? null : comment;
    }

    /** Writes a step into the hazard's current round (the one its evaluation began). */
    private void update(Hazard hazard, String set, SignedInUser user, String text, String... decision) {
        int rows = jdbc.sql("update major_hazard_closing set " + set + " where hazard_id = :hazard and round = :round")
                .param("hazard", hazard.getId())
                .param("round", hazard.getRejections())
                .param("text", text)
                .param("name", user.displayName())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("decision", decision.length == 0 ? null : decision[0])
                .update();
        if (rows != 1) {
            throw new IllegalStateException("Hazard " + hazard.getId() + " has no evaluation in this round");
        }
    }

    private void step(
            SignedInUser user, Hazard hazard, HazardEvent.Type type, HazardStep.Closing.Kind kind, String text) {
        repository.saveAndFlush(hazard);
        hazards.record(user, hazard, type, hazard.getState(), hazard.getState(), text);
        told(user, hazard, kind, text);
    }

    /** A refused restart or write-off: back to rectification, like a rejected acceptance. */
    private void sendBack(
            SignedInUser user, Hazard hazard, HazardEvent.Type type, HazardStep.Closing.Kind kind, String reason) {
        HazardState from = hazard.getState();
        hazard.reject(reason);
        repository.saveAndFlush(hazard);
        hazards.record(user, hazard, type, from, hazard.getState(), reason);
        told(user, hazard, kind, reason);
    }

    private void told(SignedInUser user, Hazard hazard, HazardStep.Closing.Kind kind, String comment) {
        publisher.publishEvent(new HazardStep.Closing(
                UUID.randomUUID(), hazards.facts(hazard), user.id(), kind, hazard.getListedByUnitId(), comment));
    }
}
