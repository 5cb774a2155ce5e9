package app.redline.account;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's statements. A write (a session created, changed or deleted:
 * several statements) runs in a JDBC transaction of its own, as Spring Session's default does, but
 * without opening a JPA session for it; a read of a session ({@link #reading}) — one SELECT, on every
 * request — runs without a transaction, which saves a round trip to the database on every page.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionTemplate writes;

    SessionTransactions(DataSource dataSource) {
        this.writes = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs a read of the session repository, whose one statement needs no transaction. */
    static <T> T reading(Supplier<T> read) {
        if (READING.get() != null) {
            return read.get();
        }
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        return READING.get() != null
                ? action.doInTransaction(new SimpleTransactionStatus(false))
                : writes.execute(action);
    }
}
