package app.redline.publicreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's view of a case, found by its number and follow-up code together: how it stands and
 * the reply, never the reporter's identity nor the handlers' notes. A wrong code and an unknown
 * number look the same.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CaseLookup {

    /** What the reporter sees. */
    record CaseStatus(
            String caseNumber,
            Instant receivedAt,
            String enterpriseName,
            ReportStatus status,
            LocalDate verifyBy,
            String handlerName,
            String reply,
            Instant decidedAt,
            String hazardState,
            RewardStatus rewardStatus,
            java.math.BigDecimal rewardAmount,
            List<Step> steps) {}

    /** A step the reporter may know of: when, what, to which department. */
    record Step(Instant at, PublicReportEvents.Type type, String toUnit) {}

    private final PublicReportRepository reports;
    private final PublicReportEvents events;
    private final JdbcClient jdbc;

    Optional<CaseStatus> find(String caseNumber, String code) {
        if (caseNumber == null || code == null) {
            return Optional.empty();
        }
        Optional<PublicReport> found =
                reports.findByCaseNumber(caseNumber.strip().toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PublicReport report = found.get();
        byte[] expected = report.getCodeHash().getBytes(StandardCharsets.US_ASCII);
        byte[] given = PublicIntake.codeHash(report.getCaseNumber(), code).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        String enterprise = jdbc.sql("select name from unit where id = :id")
                .param("id", report.getEnterpriseId())
                .query(String.class)
                .single();
        String handler = jdbc.sql("select name from unit where id = :id")
                .param("id", report.getHandlerUnitId())
                .query(String.class)
                .single();
        String hazardState = report.getHazardId() == null
                ? null
                : jdbc.sql("select state from hazard where id = :id")
                        .param("id", report.getHazardId())
                        .query(String.class)
                        .single();
        List<Step> steps = events.of(report.getId()).stream()
                .map(e -> new Step(e.at(), e.type(), e.toUnit()))
                .toList();
        return Optional.of(new CaseStatus(
                report.getCaseNumber(),
                report.getReceivedAt(),
                enterprise,
                report.getStatus(),
                report.getVerifyBy(),
                handler,
                report.getReply(),
                report.getDecidedAt(),
                hazardState,
                report.getRewardStatus(),
                report.getRewardAmount(),
                steps));
    }
}
