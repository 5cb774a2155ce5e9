package app.redline.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How what an instance keeps in memory forgets a change made in a transaction: now (so the
 * transaction itself reads afresh) and again when it ends (so a read that ran meanwhile, in another
 * transaction, and kept what was there before the commit is not kept).
 */
public final class Forgetting {

    private Forgetting() {}

    public static void nowAndAtTheEnd(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
