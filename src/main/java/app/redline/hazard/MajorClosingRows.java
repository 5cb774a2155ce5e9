package app.redline.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/** A row of {@code major_hazard_closing} read back as a round of closing, each step with its decision. */
final class MajorClosingRows {

    private MajorClosingRows() {}

    static MajorClosing row(ResultSet rs) throws SQLException {
        return new MajorClosing(
                rs.getLong("hazard_id"),
                rs.getInt("round"),
                MajorClosing.EvaluatorKind.valueOf(rs.getString("evaluator_kind")),
                rs.getString("evaluator"),
                rs.getObject("evaluated_on", LocalDate.class),
                rs.getString("conclusion"),
                rs.getBoolean("production_stopped"),
                rs.getString("evaluated_by_name"),
                rs.getTimestamp("evaluated_at").toInstant(),
                step(rs, "restart_request", "restart_requested_by", "restart_requested_at", null),
                step(
                        rs,
                        "restart_comment",
                        "restart_decided_by",
                        "restart_decided_at",
                        yes(rs, "restart_decision", "APPROVED")),
                step(rs, "write_off_request", "write_off_requested_by", "write_off_requested_at", null),
                step(
                        rs,
                        "write_off_check_comment",
                        "write_off_checked_by",
                        "write_off_checked_at",
                        yes(rs, "write_off_check", "CONFIRMED")),
                step(
                        rs,
                        "write_off_comment",
                        "write_off_decided_by",
                        "write_off_decided_at",
                        yes(rs, "write_off_decision", "APPROVED")));
    }

    private static Boolean yes(ResultSet rs, String column, String yes) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : value.equals(yes);
    }

    private static MajorClosing.Step step(ResultSet rs, String text, String by, String at, Boolean yes)
            throws SQLException {
        Timestamp when = rs.getTimestamp(at);
        return when == null ? null : new MajorClosing.Step(rs.getString(text), rs.getString(by), when.toInstant(), yes);
    }
}
