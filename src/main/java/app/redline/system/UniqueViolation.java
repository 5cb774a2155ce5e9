package app.redline.system;

import java.sql.SQLException;

/**
 * Whether a failure is a unique constraint of the database refusing a second row (PostgreSQL's
 * SQLSTATE 23505): two people, two tabs or a double click creating the same thing at once. The
 * database is where each uniqueness rule lives; this tells its refusal apart from other errors.
 */
public final class UniqueViolation {

    private UniqueViolation() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
