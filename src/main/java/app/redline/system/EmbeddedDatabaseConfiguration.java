package app.redline.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code DB_URL}, Redline runs on an embedded PostgreSQL. Its data stays under
 * {@code redline.embedded-database.directory}; when that is blank (tests) a throwaway server is
 * started once per JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    /** The running server; closing the context stops it, after the pool (which depends on it). */
    record EmbeddedServer(String directory, EmbeddedPostgres postgres) implements AutoCloseable {

        @Override
        public void close() {
            EmbeddedDatabases.stop(directory);
        }
    }

    @Bean
    EmbeddedServer embeddedServer(@Value("${redline.embedded-database.directory:}") String directory) {
        return new EmbeddedServer(directory, EmbeddedDatabases.start(directory));
    }

    @Bean
    DataSource dataSource(EmbeddedServer server) {
        return DataSourceBuilder.create()
                .url(server.postgres().getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
