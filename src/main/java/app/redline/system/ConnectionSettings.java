package app.redline.system;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * How Redline's connection pool talks to PostgreSQL.
 *
 * <p>Statements keep PostgreSQL's default plan cache: after a few executions of a prepared statement
 * it may reuse one plan for any parameters. A region subtree is therefore never a bound parameter of a
 * {@code like}, whose plan could not use the index of region codes, but written into the SQL ({@code
 * RegionCode.within}).
 *
 * <p>While the database is down a request waits at most {@code redline.database.connection-timeout}
 * (5 s) for a connection, then gets the "temporarily unavailable" page, instead of the pool's default
 * 30 s; a new connection gives up after 3 s, a dead pooled one is found out within 2 s.
 */
@Component
class ConnectionSettings implements BeanPostProcessor {

    private final Duration connectionTimeout;

    ConnectionSettings(@Value("${redline.database.connection-timeout:5s}") Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            hikari.setConnectionTimeout(connectionTimeout.toMillis());
            hikari.setValidationTimeout(Math.min(2000, connectionTimeout.toMillis() - 1));
            if (!hikari.getDataSourceProperties().containsKey("connectTimeout")) {
                hikari.addDataSourceProperty("connectTimeout", "3");
            }
        }
        return bean;
    }
}
