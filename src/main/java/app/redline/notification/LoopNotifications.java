package app.redline.notification;

import app.redline.account.Recipients;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardStep;
import app.redline.hazard.HazardsEscalated;
import app.redline.inspection.RectificationNoticeIssued;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person whose turn it is (README, "Who is told what"). Each step of the closed loop
 * reaches this listener from the event publication registry after the step's transaction has
 * committed, in a transaction of its own: a failure here leaves the publication incomplete to be
 * delivered again, never undoes the step, and mail goes out later from the outbox. Recipients are
 * the enterprise's managers and the responsible person, the accepting side of the hazard (the unit
 * that found it, or the enterprise itself, or its supervising department), and supervisors over the
 * enterprise — all of them inside the hazard's scope; whoever took the step is not told of it.
 */
@Component
@RequiredArgsConstructor
class LoopNotifications {

    private final Notifications notifications;
    private final Recipients recipients;

    @ApplicationModuleListener
    void on(HazardStep step) {
        HazardStep.Facts hazard = step.hazard();
        Set<Long> to;
        NotificationType type;
        String detail = null;
        if (step instanceof HazardStep.Reported reported) {
            to = reported.fixedOnTheSpot() ? acceptingSide(hazard) : enterpriseSide(hazard);
            type = reported.fixedOnTheSpot() ? NotificationType.EVIDENCE_SUBMITTED : NotificationType.REPORTED;
        } else if (step instanceof HazardStep.PlanAssigned planned) {
            to = enterpriseSide(hazard);
            type = NotificationType.PLAN_ASSIGNED;
            detail = String.valueOf(planned.deadline());
        } else if (step instanceof HazardStep.EvidenceSubmitted) {
            to = acceptingSide(hazard);
            type = NotificationType.EVIDENCE_SUBMITTED;
        } else if (step instanceof HazardStep.Accepted) {
            to = enterpriseSide(hazard);
            type = NotificationType.ACCEPTED;
        } else if (step instanceof HazardStep.Rejected rejected) {
            to = enterpriseSide(hazard);
            type = NotificationType.REJECTED;
            detail = rejected.reason();
        } else if (step instanceof HazardStep.ExtensionRequested requested) {
            to = extensionDeciders(hazard);
            type = NotificationType.EXTENSION_REQUESTED;
            detail = String.valueOf(requested.newDeadline());
        } else if (step instanceof HazardStep.ExtensionDecided decided) {
            to = enterpriseSide(hazard);
            type = decided.approved() ? NotificationType.EXTENSION_APPROVED : NotificationType.EXTENSION_REFUSED;
            detail = String.valueOf(decided.deadline());
        } else if (step instanceof HazardStep.Urged urged) {
            to = enterpriseSide(hazard);
            type = NotificationType.URGED;
            detail = urged.unitName();
        } else if (step instanceof HazardStep.Listed listed) {
            to = enterpriseSide(hazard);
            recipients.supervisorsOf(Set.of(hazard.enterpriseId())).values().forEach(s -> to.addAll(s.department()));
            type = NotificationType.LISTED;
            detail = listed.unitName() + " · " + listed.deadline();
        } else if (step instanceof HazardStep.MajorReported) {
            to = new LinkedHashSet<>();
            recipients.supervisorsOf(Set.of(hazard.enterpriseId())).values().forEach(s -> {
                to.addAll(s.department());
                to.addAll(s.government());
            });
            type = NotificationType.MAJOR_REPORTED;
        } else if (step instanceof HazardStep.Closing closing) {
            to = closingRecipients(closing);
            type = NotificationType.valueOf(closing.kind().name());
            detail = closing.comment() == null || closing.comment().length() <= 300
                    ? closing.comment()
                    : closing.comment().substring(0, 299) + "…";
        } else if (step instanceof HazardStep.Reinspected) {
            to = enterpriseSide(hazard);
            type = NotificationType.REINSPECTED;
        } else if (step instanceof HazardStep.Delisted delisted) {
            to = recipients.supervisorsOfUnit(delisted.listedByUnitId());
            type = NotificationType.DELISTED;
        } else {
            return;
        }
        if (step.actorId() != null) {
            to.remove(step.actorId());
        }
        notifications.send(List.of(new Notice(to, type, hazard.id(), hazard.subject(), detail).forEvent(step.id())));
    }

    @ApplicationModuleListener
    void on(HazardsEscalated escalated) {
        Set<Long> enterprises = escalated.escalations().stream()
                .map(e -> e.hazard().enterpriseId())
                .collect(Collectors.toSet());
        Map<Long, Recipients.EnterprisePeople> people = recipients.enterprisePeople(enterprises);
        Map<Long, Recipients.Supervisors> supervisors = recipients.supervisorsOf(enterprises);
        List<Notice> notices = new ArrayList<>();
        // The supervisors hear of it once a day, counted (a digest); the enterprise of each hazard.
        Map<Long, Integer> departments = new HashMap<>();
        Map<Long, Integer> governments = new HashMap<>();
        for (HazardsEscalated.Escalation escalation : escalated.escalations()) {
            HazardStep.Facts hazard = escalation.hazard();
            Recipients.EnterprisePeople enterprise = people.get(hazard.enterpriseId());
            Recipients.Supervisors over =
                    supervisors.getOrDefault(hazard.enterpriseId(), new Recipients.Supervisors(Set.of(), Set.of()));
            Set<Long> to = new LinkedHashSet<>(
                    enterprise == null ? Set.of() : enterprise.managersAnd(hazard.responsiblePerson()));
            NotificationType type = switch (escalation.step()) {
                case REMINDER -> NotificationType.REMINDER;
                case OVERDUE -> {
                    over.department().forEach(user -> departments.merge(user, 1, Integer::sum));
                    yield NotificationType.OVERDUE;
                }
                case ESCALATED -> {
                    over.government().forEach(user -> governments.merge(user, 1, Integer::sum));
                    yield NotificationType.ESCALATED;
                }
            };
            notices.add(new Notice(to, type, hazard.id(), hazard.subject(), escalation.detail())
                    .forEvent(keyOf(escalated.id(), hazard.id(), escalation.step())));
        }
        notifications.send(notices);
        notifications.digest(NotificationType.OVERDUE_DIGEST, departments, escalated.id());
        notifications.digest(NotificationType.ESCALATED_DIGEST, governments, escalated.id());
    }

    @ApplicationModuleListener
    void on(RectificationNoticeIssued issued) {
        Recipients.EnterprisePeople people =
                recipients.enterprisePeople(Set.of(issued.enterpriseId())).get(issued.enterpriseId());
        Set<Long> to = people == null ? new LinkedHashSet<>() : new LinkedHashSet<>(people.managers());
        String subject = issued.enterpriseName() + " · " + issued.issuer() + " " + issued.year() + "-" + issued.seq();
        Long hazard = issued.hazardIds().isEmpty() ? null : issued.hazardIds().get(0);
        notifications.send(List.of(
                new Notice(to, NotificationType.NOTICE_ISSUED, hazard, subject, String.valueOf(issued.deadline()))
                        .forEvent(issued.id())));
    }

    /**
     * Whose turn a major hazard's closing is after the step: the accepting side decides a restart
     * and verifies a write-off, the listing government approves it, the enterprise hears every
     * decision; a write-off is told to both supervisors.
     */
    private Set<Long> closingRecipients(HazardStep.Closing closing) {
        HazardStep.Facts hazard = closing.hazard();
        return switch (closing.kind()) {
            case EVALUATED, RESTART_REQUESTED, WRITE_OFF_REQUESTED -> acceptingSide(hazard);
            case RESTART_APPROVED, RESTART_REFUSED, WRITE_OFF_REFUSED -> enterpriseSide(hazard);
            case WRITE_OFF_CONFIRMED -> {
                Set<Long> to = new LinkedHashSet<>(recipients.supervisorsOfUnit(closing.listedByUnitId()));
                to.addAll(enterpriseSide(hazard));
                yield to;
            }
            case WRITTEN_OFF -> {
                Set<Long> to = enterpriseSide(hazard);
                to.addAll(acceptingSide(hazard));
                yield to;
            }
        };
    }

    /** The enterprise's managers and whoever bears the responsible person's name. */
    private Set<Long> enterpriseSide(HazardStep.Facts hazard) {
        Recipients.EnterprisePeople people =
                recipients.enterprisePeople(Set.of(hazard.enterpriseId())).get(hazard.enterpriseId());
        return people == null ? new LinkedHashSet<>() : people.managersAnd(hazard.responsiblePerson());
    }

    /**
     * Who accepts the rectification and decides extensions: the unit that found the hazard; for
     * one the enterprise found itself, its own managers, or for a MAJOR one its supervising
     * department.
     */
    /** Who decides an extension: the unit that found the hazard, else its supervising departments. */
    private Set<Long> extensionDeciders(HazardStep.Facts hazard) {
        if (!hazard.selfFound()) {
            return recipients.inspectorsAndSupervisorsOfUnit(hazard.foundByUnitId());
        }
        Recipients.Supervisors over =
                recipients.supervisorsOf(Set.of(hazard.enterpriseId())).get(hazard.enterpriseId());
        return over == null ? new LinkedHashSet<>() : new LinkedHashSet<>(over.department());
    }

    private Set<Long> acceptingSide(HazardStep.Facts hazard) {
        if (!hazard.selfFound()) {
            return recipients.inspectorsAndSupervisorsOfUnit(hazard.foundByUnitId());
        }
        if (hazard.grade() == HazardGrade.GENERAL) {
            Recipients.EnterprisePeople people =
                    recipients.enterprisePeople(Set.of(hazard.enterpriseId())).get(hazard.enterpriseId());
            return people == null ? new LinkedHashSet<>() : new LinkedHashSet<>(people.managers());
        }
        Recipients.Supervisors over =
                recipients.supervisorsOf(Set.of(hazard.enterpriseId())).get(hazard.enterpriseId());
        return over == null ? new LinkedHashSet<>() : new LinkedHashSet<>(over.department());
    }

    /**
     * One key per hazard and step of an escalation batch (the batch's notices are one event; a run
     * after downtime may take a hazard through two steps at once).
     */
    private static UUID keyOf(UUID batch, long hazardId, HazardsEscalated.Step step) {
        return UUID.nameUUIDFromBytes((batch + "/" + hazardId + "/" + step).getBytes(StandardCharsets.UTF_8));
    }
}
