package app.redline.hazard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * What a hazard's page shows beside the hazard — its history, extension requests and photos, and a
 * major hazard's closings and report — read in one round trip to PostgreSQL: the statements are sent
 * together as one JDBC statement (the driver sends them in one go and reads one result set back for
 * each). On this page a statement costs its round trip far more than its work (bench, README: "The
 * hazard page's satellites in one round trip").
 */
@Component
@RequiredArgsConstructor
class HazardPageReads {

    private static final String HISTORY = "select * from hazard_event where hazard_id = ? order by at, id";
    private static final String EXTENSIONS =
            "select * from hazard_extension where hazard_id = ? order by requested_at, id";
    private static final String PHOTOS = "select * from hazard_photo where hazard_id = ? order by id";
    private static final String CLOSINGS = "select * from major_hazard_closing where hazard_id = ? order by round desc";
    private static final String REPORT = "select present_state, danger, treatment, filed_by_name, filed_at"
            + " from major_hazard_report where hazard_id = ?";

    private final JdbcTemplate jdbc;

    /** A hazard's satellites; a general hazard has no closings and no report. */
    record Satellites(
            List<HazardEvent> events,
            List<HazardExtension> extensions,
            List<HazardPhoto> photos,
            List<MajorClosing> closings,
            MajorReports.Report report) {}

    /** Within the caller's transaction, as every read of the page. */
    Satellites of(long hazardId, boolean major) {
        List<String> statements =
                major ? List.of(HISTORY, EXTENSIONS, PHOTOS, CLOSINGS, REPORT) : List.of(HISTORY, EXTENSIONS, PHOTOS);
        return jdbc.execute(String.join(";\n", statements), (PreparedStatement statement) -> {
            for (int i = 1; i <= statements.size(); i++) {
                statement.setLong(i, hazardId);
            }
            statement.execute();
            List<HazardEvent> events = rows(statement, (row, n) -> new HazardEvent(row));
            List<HazardExtension> extensions = next(statement, (row, n) -> new HazardExtension(row));
            List<HazardPhoto> photos = next(statement, (row, n) -> new HazardPhoto(row));
            if (!major) {
                return new Satellites(events, extensions, photos, List.of(), null);
            }
            List<MajorClosing> closings = next(statement, (row, n) -> MajorClosingRows.row(row));
            List<MajorReports.Report> report = next(statement, (row, n) -> MajorReports.Report.of(row));
            return new Satellites(events, extensions, photos, closings, report.isEmpty() ? null : report.get(0));
        });
    }

    /** The next statement's rows. */
    private static <T> List<T> next(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        if (!statement.getMoreResults()) {
            throw new IllegalStateException("The database sent fewer results than statements");
        }
        return rows(statement, mapper);
    }

    private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet result = statement.getResultSet()) {
            while (result.next()) {
                rows.add(mapper.mapRow(result, rows.size()));
            }
        }
        return rows;
    }
}
