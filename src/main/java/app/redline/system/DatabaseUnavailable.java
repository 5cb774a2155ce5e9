package app.redline.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached now (stopped, restarting, unreachable, or
 * every pooled connection busy past the pool's timeout), as opposed to an error in the request: SQL
 * states of class 08 (connection exception) and 57P (the server shutting down or starting), the
 * pool's timeout, a refused connection, or a pooled connection that broke and was closed.
 */
public final class DatabaseUnavailable {

    /** What HikariCP's proxy of a closed connection says, without a SQL state. */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {}

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage()) && sql.getSQLState() == null) {
                return true; // the pool's proxy of a connection it closed because it broke (no SQL state)
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
