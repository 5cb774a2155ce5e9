package app.redline.organization;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A unit's row of the {@code unit_scope} view (V50): what its people's {@link Scope} follows from.
 * Another module that reads the view joined into its own statement (the account's state on every
 * request) selects {@link #COLUMNS} of it as {@code s} and turns them into a scope with {@link
 * OrganizationService#scopeOf(ScopeFacts, boolean)}.
 */
public record ScopeFacts(long unitId, UnitType type, boolean comprehensive, String regionCode, String regionLevel) {

    /** The view's columns, as selected from it under the alias {@code s}. */
    public static final String COLUMNS = "s.unit_id, s.type, s.comprehensive, s.region_code, s.region_level";

    /** The facts from a row that selected {@link #COLUMNS}, or null when the view had no row (no such unit). */
    public static ScopeFacts read(ResultSet row) throws SQLException {
        long unitId = row.getLong("unit_id");
        if (row.wasNull()) {
            return null;
        }
        return new ScopeFacts(
                unitId,
                UnitType.valueOf(row.getString("type")),
                row.getBoolean("comprehensive"),
                row.getString("region_code"),
                row.getString("region_level"));
    }
}
