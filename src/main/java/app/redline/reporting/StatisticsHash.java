package app.redline.reporting;

import app.redline.hazard.HazardFigures;
import app.redline.system.Sha256;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What a statistics table's signature covers, written out in a fixed order and hashed. */
final class StatisticsHash {

    private StatisticsHash() {}

    /**
     * The SHA-256 of what was signed, written out in a fixed order: the enterprise, the period,
     * every figure, every major hazard's line, the funds, the remarks, the signer and the instant.
     */
    static String of(
            long enterpriseId,
            String enterpriseName,
            ReportPeriod period,
            HazardFigures.Figures f,
            List<HazardFigures.MajorLine> majors,
            BigDecimal funds,
            String remarks,
            String signedBy,
            Instant signedAt) {
        StringBuilder text = new StringBuilder()
                .append(enterpriseId)
                .append('\n')
                .append(enterpriseName)
                .append('\n')
                .append(period.code())
                .append('\n')
                .append(f.inOrder())
                .append('\n');
        for (HazardFigures.MajorLine m : majors) {
            text.append(m.hazardId())
                    .append('|')
                    .append(m.description())
                    .append('|')
                    .append(m.reportedOn())
                    .append('|')
                    .append(m.state())
                    .append('|')
                    .append(m.listed())
                    .append('|')
                    .append(m.closedOn())
                    .append('\n');
        }
        text.append(funds == null ? "" : funds.stripTrailingZeros().toPlainString())
                .append('\n')
                .append(remarks == null ? "" : remarks)
                .append('\n')
                .append(signedBy)
                .append('\n')
                .append(signedAt);
        return Sha256.hex(text);
    }
}
