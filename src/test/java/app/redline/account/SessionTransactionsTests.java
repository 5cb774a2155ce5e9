package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Spring Session's statements: a read without a transaction, a write in one of its own (JDBC, not JPA). */
class SessionTransactionsTests {

    final DataSource dataSource = mock(DataSource.class);
    final Connection connection = mock(Connection.class);
    final SessionTransactions transactions = new SessionTransactions(dataSource);

    @Test
    void aReadOfTheSessionRunsWithoutATransaction() throws Exception {
        boolean[] inTransaction = {true};
        SessionTransactions.reading(() -> transactions.execute(status -> {
            inTransaction[0] = TransactionSynchronizationManager.isActualTransactionActive();
            return null;
        }));
        assertThat(inTransaction[0]).isFalse();
        verify(dataSource, never()).getConnection();
    }

    @Test
    void aWriteRunsInAJdbcTransactionThatCommits() throws Exception {
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getAutoCommit()).thenReturn(true);
        boolean[] inTransaction = {false};
        transactions.execute(status -> {
            inTransaction[0] = TransactionSynchronizationManager.isActualTransactionActive();
            return null;
        });
        assertThat(inTransaction[0]).isTrue();
        verify(connection).setAutoCommit(false);
        verify(connection).commit();
    }
}
