package app.redline.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every database connection plans each statement with its actual parameters. The JDBC driver
 * switches a statement to a server-side prepared one after a few executions, and PostgreSQL's
 * generic plan for it cannot see that {@code region_code like $1} is a short prefix of an indexed
 * column: scoped lists then went from a few milliseconds to most of a second. Planning costs about
 * a millisecond; a generic plan over a million hazards can cost seconds.
 */
@Component
class ConnectionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getConnectionInitSql() == null) {
            hikari.setConnectionInitSql(INIT_SQL);
        }
        return bean;
    }
}
