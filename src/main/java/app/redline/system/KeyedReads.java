package app.redline.system;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For a transaction whose statements find rows by their keys — one object's page: lets PostgreSQL use
 * the generic plans it keeps for them. {@link ConnectionSettings} has every connection plan each
 * statement with its parameters, which a region prefix needs; for a lookup by key that planning is
 * all waste, and on a page of a dozen such statements it cost PostgreSQL more than running them.
 */
@Component
@RequiredArgsConstructor
public class KeyedReads {

    private final JdbcClient jdbc;

    /** For the rest of the current transaction (none: nothing changes). */
    public void inThisTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("set local plan_cache_mode = auto").update();
        }
    }
}
