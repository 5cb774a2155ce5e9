package app.redline.hazard;

import app.redline.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A hidden hazard at an enterprise and its rectification. Its state changes only through the
 * transitions below, each of which checks that it fits the current state and refuses otherwise
 * (DESIGN.md, "The hazard lifecycle").
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Hazard extends BaseEntity {

    // Where and how it was found.
    private Long enterpriseId;
    private Long foundByUnitId;
    private boolean selfFound;
    /** The inspection that found it, if one did. */
    private Long inspectionId;

    private Long campaignId;
    /** The checklist item it fails, when a checklist found it (its clause is the legal basis). */
    private String checklistItem;
    /** The page it was reported from, as its form named it ({@link HazardRaisedFrom}); usually none. */
    private String origin;

    // What was found.
    private String location;
    private String description;

    @Enumerated(EnumType.STRING)
    private HazardCategory category;

    @Enumerated(EnumType.STRING)
    private HazardGrade grade;

    private String legalBasis;

    /** The clause of the judgement standard a major hazard meets. */
    private Long judgementClauseId;

    @Enumerated(EnumType.STRING)
    private HazardState state;

    private Instant reportedAt;
    private LocalDate reportedOn;
    private Long reportedBy;

    // The deadline, and the notice that may have ordered it.
    private LocalDate deadline;
    /** The rectification notice that named it, if one did. */
    private Long noticeId;
    /**
     * The date the notice orders rectification by (责令限期整改): the plan may not go past it, only
     * an approved extension or a re-inspection moves it. Null for a hazard no notice named.
     */
    private LocalDate orderedDeadline;

    // The rectification plan (the "five in place" for a MAJOR hazard), the evidence, the closing.
    private String responsiblePerson;
    private String measures;
    private String funds;
    private String interimMeasures;
    private String emergencyPlan;
    private String evidence;
    private int rejections;
    private Instant closedAt;
    /** The day it closed, in the installation's time zone. */
    private LocalDate closedOn;

    // Listed for supervision (挂牌督办) by a government, while it is listed.
    private Long listedByUnitId;
    private Instant listedAt;
    private LocalDate listingDeadline;
    private String listingNote;
    /** The listing notice's number (挂牌督办通知书) while listed: its year and place in the year. */
    private Integer listingYear;

    private Integer listingSeq;

    /** Where a major hazard waiting for acceptance is in its closing; null otherwise. */
    @Enumerated(EnumType.STRING)
    private ClosingStep closingStep;

    /** Written only by the escalation job (with SQL); see {@link #escalationLevel()}. */
    @Column(name = "escalation_level", insertable = false, updatable = false)
    private int escalationLevelSent;

    @Column(insertable = false, updatable = false)
    private LocalDate escalationDeadline;

    @Column(insertable = false, updatable = false)
    private String searchText;

    @Version
    private long version;

    Hazard(
            HazardFinding finding,
            Long foundByUnitId,
            boolean selfFound,
            Long reportedBy,
            Instant now,
            LocalDate today) {
        this.enterpriseId = finding.enterpriseId();
        this.location = finding.location();
        this.description = finding.description();
        this.category = finding.category();
        this.grade = finding.grade();
        this.legalBasis = finding.legalBasis();
        this.judgementClauseId = grade == HazardGrade.MAJOR ? finding.judgementClauseId() : null;
        this.foundByUnitId = foundByUnitId;
        this.selfFound = selfFound;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
        this.reportedOn = today;
        this.state = HazardState.REPORTED;
    }

    /** Where a hazard was found: an inspection, a campaign, a checklist's item, another page; each may be none. */
    record FoundIn(Long inspectionId, Long campaignId, String checklistItem, String origin) {}

    void foundIn(FoundIn where) {
        this.inspectionId = where.inspectionId();
        this.campaignId = where.campaignId();
        this.checklistItem = where.checklistItem();
        this.origin = where.origin();
    }

    /** Fixed on the spot: the evidence is given at once and the hazard waits for acceptance. */
    void fixedOnTheSpot(String evidence, LocalDate today) {
        require(HazardState.REPORTED);
        requireText("evidence", evidence);
        this.evidence = evidence;
        this.measures = evidence;
        this.deadline = today;
        waitForAcceptance();
    }

    /** Rectified, by the enterprise's word: a major hazard's treatment is evaluated first. */
    private void waitForAcceptance() {
        this.state = HazardState.PENDING_ACCEPTANCE;
        this.closingStep = grade == HazardGrade.MAJOR ? ClosingStep.EVALUATION : null;
    }

    void assignPlan(RectificationPlan plan, LocalDate today) {
        require(HazardState.REPORTED);
        HazardRefused.throwIfAny(plan.problems(grade, orderedDeadline, today));
        LocalDate planned = plan.deadline() == null ? orderedDeadline : plan.deadline();
        this.measures = plan.measures();
        this.responsiblePerson = plan.responsiblePerson();
        this.deadline = planned;
        this.funds = plan.funds();
        this.interimMeasures = plan.interimMeasures();
        this.emergencyPlan = plan.emergencyPlan();
        this.state = HazardState.RECTIFYING;
    }

    void submitEvidence(String evidence) {
        require(HazardState.RECTIFYING);
        requireText("evidence", evidence);
        this.evidence = evidence;
        waitForAcceptance();
    }

    /** Accepted: closed. A major hazard only once its closing is ready for it. */
    void accept(Instant now, ZoneId zone) {
        require(HazardState.PENDING_ACCEPTANCE);
        if (closingStep != null && closingStep != ClosingStep.ACCEPTANCE) {
            throw new HazardRefused("hazard.closing.notReady");
        }
        close(now, zone);
    }

    /** The treatment of a major hazard was evaluated; production stopped for it must restart first. */
    void evaluated(boolean productionStopped) {
        requireClosing(ClosingStep.EVALUATION);
        this.closingStep = productionStopped ? ClosingStep.RESTART_APPLICATION : readyToClose();
    }

    void restartRequested() {
        requireClosing(ClosingStep.RESTART_APPLICATION);
        this.closingStep = ClosingStep.RESTART_DECISION;
    }

    void restartApproved() {
        requireClosing(ClosingStep.RESTART_DECISION);
        this.closingStep = readyToClose();
    }

    void writeOffRequested() {
        requireClosing(ClosingStep.WRITE_OFF_APPLICATION);
        this.closingStep = ClosingStep.WRITE_OFF_CHECK;
    }

    void writeOffChecked() {
        requireClosing(ClosingStep.WRITE_OFF_CHECK);
        this.closingStep = ClosingStep.WRITE_OFF_DECISION;
    }

    /** The listing government approved the write-off: closed and delisted. */
    void writtenOff(Instant now, ZoneId zone) {
        requireClosing(ClosingStep.WRITE_OFF_DECISION);
        close(now, zone);
        delist();
    }

    /** A listed hazard is written off; an unlisted one is accepted. */
    private ClosingStep readyToClose() {
        return isListed() ? ClosingStep.WRITE_OFF_APPLICATION : ClosingStep.ACCEPTANCE;
    }

    private void requireClosing(ClosingStep step) {
        if (state != HazardState.PENDING_ACCEPTANCE || closingStep != step) {
            throw new HazardRefused("hazard.action.state");
        }
    }

    private void close(Instant now, ZoneId zone) {
        this.closingStep = null;
        this.state = HazardState.CLOSED;
        this.closedAt = now;
        this.closedOn = LocalDate.ofInstant(now, zone);
    }

    void reject(String reason) {
        require(HazardState.PENDING_ACCEPTANCE);
        requireText("reason", reason);
        sendBack();
    }

    /** Rectified work that did not pass goes back to rectification, counted. */
    private void sendBack() {
        this.rejections++;
        this.closingStep = null;
        this.state = HazardState.RECTIFYING;
    }

    /** An extension may be asked for while the hazard is being rectified, for a later deadline. */
    void checkExtension(LocalDate newDeadline, String reason, LocalDate today) {
        require(HazardState.RECTIFYING);
        requireText("reason", reason);
        if (newDeadline == null || !newDeadline.isAfter(deadline) || newDeadline.isBefore(today)) {
            throw new HazardRefused("newDeadline", "hazard.extension.deadline");
        }
    }

    /** An approved extension moves the deadline (and the ordered one); the state stays as it is. */
    void extendTo(LocalDate newDeadline) {
        requireOpen();
        this.deadline = newDeadline;
        if (orderedDeadline != null) {
            this.orderedDeadline = newDeadline;
        }
    }

    /**
     * A rectification notice orders it rectified by a date: that date becomes its deadline, whatever
     * the plan said, and binds the plan from now on.
     */
    void orderRectificationBy(Long noticeId, LocalDate date) {
        requireOpen();
        this.noticeId = noticeId;
        orderBy(date);
    }

    private void orderBy(LocalDate date) {
        this.orderedDeadline = date;
        this.deadline = date;
    }

    /**
     * The department re-inspects it (复查): rectified closes it, whatever its state — but a major
     * hazard only at its acceptance: before that its treatment is evaluated, its restart approved and,
     * when listed, it is written off, as the regulation asks, so rectified puts it at its closing
     * steps. Not rectified sends evidence waiting for acceptance back to rectification, under the new
     * ordered date. Returns whether it closed.
     */
    boolean reinspect(boolean rectified, LocalDate newDeadline, Instant now, ZoneId zone) {
        requireOpen();
        if (rectified) {
            if (grade != HazardGrade.MAJOR || closingStep == ClosingStep.ACCEPTANCE) {
                close(now, zone);
                return true;
            }
            if (state != HazardState.PENDING_ACCEPTANCE) {
                waitForAcceptance();
            }
            return false;
        }
        if (state == HazardState.PENDING_ACCEPTANCE) {
            sendBack();
        }
        if (newDeadline != null) {
            orderBy(newDeadline);
        }
        return false;
    }

    /**
     * Lists a MAJOR open hazard for supervision by a government, with the date by which it must be
     * done and why. A listed hazard stays listed until it closes.
     */
    void listForSupervision(
            Long unitId, int year, int seq, Instant now, LocalDate listingDeadline, String note, LocalDate today) {
        requireOpen();
        SupervisionListing.check(grade, isListed(), listingDeadline, note, today);
        this.listedByUnitId = unitId;
        this.listingYear = year;
        this.listingSeq = seq;
        this.listedAt = now;
        this.listingDeadline = listingDeadline;
        this.listingNote = note;
        if (closingStep == ClosingStep.ACCEPTANCE) {
            this.closingStep = ClosingStep.WRITE_OFF_APPLICATION;
        }
    }

    /** Ends the listing (when the hazard closes); returns whether it was listed. */
    boolean delist() {
        if (!isListed()) {
            return false;
        }
        this.listedByUnitId = null;
        this.listingYear = null;
        this.listingSeq = null;
        this.listedAt = null;
        this.listingDeadline = null;
        this.listingNote = null;
        return true;
    }

    public boolean isListed() {
        return listedAt != null;
    }

    /**
     * How far the escalation of the current deadline has gone: 0 nothing sent, 1 reminded, 2 overdue
     * notice sent, 3 escalated to the local government. A new deadline starts again at 0.
     */
    public int escalationLevel() {
        return deadline != null && deadline.equals(escalationDeadline) ? escalationLevelSent : 0;
    }

    /** Days past the deadline (positive), or left before it (negative or zero); null without one. */
    public Long daysOverdue(LocalDate today) {
        return deadline == null || !state.isOpen() ? null : ChronoUnit.DAYS.between(deadline, today);
    }

    public boolean isOverdue(LocalDate today) {
        Long days = daysOverdue(today);
        return days != null && days > 0;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new HazardRefused("hazard.action.state");
        }
    }

    private void require(HazardState expected) {
        if (state != expected) {
            throw new HazardRefused("hazard.action.state");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new HazardRefused(field, "hazard.field.required");
        }
    }
}
