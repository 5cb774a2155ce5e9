package app.redline.publicreport;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A report of a hazard by a member of the public: what was seen where, by whom (or anonymous), and
 * its case — the department that verifies it by a date, and how it was decided.
 */
@Entity
@Table(name = "public_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PublicReport extends BaseEntity {

    private String caseNumber;

    private String codeHash;

    private String draftHash;

    private String channel = "PUBLIC";

    private Long enterpriseId;

    private String location;

    private String description;

    private LocalDate seenOn;

    private boolean anonymous;

    private String reporterName;

    private String reporterPhone;

    private String clientHash;

    private Instant receivedAt;

    private Long handlerUnitId;

    private LocalDate verifyBy;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.RECEIVED;

    private Instant decidedAt;

    private Long decidedBy;

    private String reply;

    private String internalNote;

    private Long hazardId;

    @Enumerated(EnumType.STRING)
    private RewardStatus rewardStatus;

    private BigDecimal rewardFine;

    private BigDecimal rewardAmount;

    private String rewardBasis;

    private Long rewardProposedBy;

    private Instant rewardProposedAt;

    private Long rewardDecidedBy;

    private Instant rewardDecidedAt;

    private String rewardNote;

    private Instant rewardPaidAt;

    private String rewardReference;

    @Version
    private long version;

    /** What the reporter said, as the form gives it. */
    record Said(
            Long enterpriseId,
            String location,
            String description,
            LocalDate seenOn,
            boolean anonymous,
            String reporterName,
            String reporterPhone,
            boolean staff) {}

    PublicReport(
            String caseNumber,
            String codeHash,
            String draftHash,
            Said said,
            String clientHash,
            Instant receivedAt,
            Long handlerUnitId,
            LocalDate verifyBy) {
        this.caseNumber = caseNumber;
        this.codeHash = codeHash;
        this.draftHash = draftHash;
        this.channel = said.staff() ? "STAFF" : "PUBLIC";
        this.enterpriseId = said.enterpriseId();
        this.location = said.location();
        this.description = said.description();
        this.seenOn = said.seenOn();
        this.anonymous = said.anonymous();
        this.reporterName = said.anonymous() ? null : said.reporterName();
        this.reporterPhone = said.anonymous() ? null : said.reporterPhone();
        this.clientHash = clientHash;
        this.receivedAt = receivedAt;
        this.handlerUnitId = handlerUnitId;
        this.verifyBy = verifyBy;
    }

    /** An employee's report to the enterprise's own safety managers (internal reporting). */
    public boolean isStaff() {
        return "STAFF".equals(channel);
    }

    public boolean isOpen() {
        return status == ReportStatus.RECEIVED;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && verifyBy.isBefore(today);
    }

    /** Another department verifies it from now, with a time of its own. */
    void transferTo(Long unitId, LocalDate verifyBy) {
        requireOpen();
        if (unitId.equals(handlerUnitId)) {
            throw new ReportRefused("toUnitId", "publicReport.transfer.same");
        }
        this.handlerUnitId = unitId;
        this.verifyBy = verifyBy;
    }

    /** Verified: a hazard was raised from it. */
    void raised(Long hazardId, String reply, String note, Long userId, Instant now) {
        decide(ReportStatus.HAZARD_RAISED, reply, note, userId, now);
        this.hazardId = hazardId;
    }

    /** Not verified: dismissed, with the reply the reporter reads. */
    void dismiss(String reply, String note, Long userId, Instant now) {
        if (reply == null || reply.isBlank()) {
            throw new ReportRefused("reply", "publicReport.reply.required");
        }
        decide(ReportStatus.DISMISSED, reply, note, userId, now);
    }

    /**
     * Proposes a reward for a verified public report that led to a major hazard or a fine (again
     * after a refusal).
     */
    void proposeReward(BigDecimal fine, RewardRule.Reckoned reward, boolean ledToMajor, Long userId, Instant now) {
        if (isStaff() || status != ReportStatus.HAZARD_RAISED) {
            throw new ReportRefused(null, "publicReport.reward.notVerified");
        }
        if (rewardStatus != null && rewardStatus != RewardStatus.REFUSED) {
            throw new ReportRefused(null, "publicReport.reward.exists");
        }
        if (!ledToMajor && (fine == null || fine.signum() == 0)) {
            throw new ReportRefused("fine", "publicReport.reward.notEligible");
        }
        this.rewardStatus = RewardStatus.PROPOSED;
        this.rewardFine = fine;
        this.rewardAmount = reward.amount();
        this.rewardBasis = reward.basis();
        this.rewardProposedBy = userId;
        this.rewardProposedAt = now;
        this.rewardDecidedBy = null;
        this.rewardDecidedAt = null;
        this.rewardNote = null;
    }

    /** A supervisor approves the proposed reward, or refuses it with the reason. */
    void decideReward(boolean approve, String note, Long userId, Instant now) {
        if (rewardStatus != RewardStatus.PROPOSED) {
            throw new ReportRefused(null, "publicReport.reward.notProposed");
        }
        if (!approve && (note == null || note.isBlank())) {
            throw new ReportRefused("rewardNote", "publicReport.reward.reason");
        }
        this.rewardStatus = approve ? RewardStatus.APPROVED : RewardStatus.REFUSED;
        this.rewardNote = note;
        this.rewardDecidedBy = userId;
        this.rewardDecidedAt = now;
    }

    /** The approved reward was paid (the payment's reference, e.g. its voucher number). */
    void rewardPaid(String reference, Instant now) {
        if (rewardStatus != RewardStatus.APPROVED) {
            throw new ReportRefused(null, "publicReport.reward.notApproved");
        }
        if (reference == null || reference.isBlank()) {
            throw new ReportRefused("reference", "publicReport.reward.reference.required");
        }
        this.rewardStatus = RewardStatus.PAID;
        this.rewardReference = reference;
        this.rewardPaidAt = now;
    }

    private void decide(ReportStatus status, String reply, String note, Long userId, Instant now) {
        requireOpen();
        this.status = status;
        this.reply = reply;
        this.internalNote = note;
        this.decidedBy = userId;
        this.decidedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ReportRefused(null, "publicReport.decided");
        }
    }
}
