package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Connections plan each statement with its parameters; a transaction of keyed reads lets PostgreSQL reuse plans. */
@RedlineTest
class KeyedReadsTests {

    @Autowired
    KeyedReads keyedReads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    String planCacheMode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }

    @Test
    void aConnectionPlansEveryStatementWithItsParameters() {
        assertThat(planCacheMode()).isEqualTo("force_custom_plan");
    }

    @Test
    void keyedReadsUseCachedPlansUntilTheirTransactionEnds() {
        String[] inside = new String[2];
        transactions.executeWithoutResult(status -> {
            inside[0] = planCacheMode();
            keyedReads.inThisTransaction();
            inside[1] = planCacheMode();
        });
        assertThat(inside).containsExactly("force_custom_plan", "auto");
        assertThat(planCacheMode()).isEqualTo("force_custom_plan");
    }

    @Test
    void outsideATransactionNothingChanges() {
        keyedReads.inThisTransaction();
        assertThat(planCacheMode()).isEqualTo("force_custom_plan");
    }
}
