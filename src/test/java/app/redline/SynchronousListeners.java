package app.redline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * In tests the asynchronous event listeners (notifications) run on the thread that committed the
 * step, right after the commit, so a test sees their work when the request returns and no listener
 * of one test writes while another test counts rows. The listeners still run after the commit, in
 * their own transactions, through the event publication registry, as in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class SynchronousListeners {

    @Bean
    TaskExecutor taskExecutor() {
        return new SyncTaskExecutor();
    }
}
