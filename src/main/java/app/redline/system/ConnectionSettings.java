package app.redline.system;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * How Redline's connection pool talks to PostgreSQL.
 *
 * <p>Every database connection plans each statement with its actual parameters. The JDBC driver
 * switches a statement to a server-side prepared one after a few executions, and PostgreSQL's
 * generic plan for it cannot see that {@code region_code like $1} is a short prefix of an indexed
 * column: scoped lists then went from a few milliseconds to most of a second. Planning costs about
 * a millisecond; a generic plan over a million hazards can cost seconds.
 *
 * <p>While the database is down a request waits at most {@code redline.database.connection-timeout}
 * (5 s) for a connection, then gets the "temporarily unavailable" page, instead of the pool's default
 * 30 s; a new connection gives up after 3 s, a dead pooled one is found out within 2 s.
 */
@Component
class ConnectionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

    private final Duration connectionTimeout;

    ConnectionSettings(@Value("${redline.database.connection-timeout:5s}") Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            if (hikari.getConnectionInitSql() == null) {
                hikari.setConnectionInitSql(INIT_SQL);
            }
            hikari.setConnectionTimeout(connectionTimeout.toMillis());
            hikari.setValidationTimeout(Math.min(2000, connectionTimeout.toMillis() - 1));
            if (!hikari.getDataSourceProperties().containsKey("connectTimeout")) {
                hikari.addDataSourceProperty("connectTimeout", "3");
            }
        }
        return bean;
    }
}
