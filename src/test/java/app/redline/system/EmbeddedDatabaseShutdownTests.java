package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stopping the application (Ctrl-C on `./mvnw spring-boot:run`) stops its embedded PostgreSQL as
 * part of closing the context, after the connection pool, at once: the Maven plugin gives the
 * application five seconds before it kills it and reports a failed build, and work still running at
 * shutdown must not find the database gone. The build's own check, beside it: the format check is
 * part of `verify`, never of `spring-boot:run`.
 */
class EmbeddedDatabaseShutdownTests {

    @Test
    void closingTheContextStopsTheApplicationsServerAfterThePoolAndQuickly() throws Exception {
        Path directory = Files.createTempDirectory("redline-pg");
        long[] closedIn = new long[1];
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("redline.embedded-database.directory=" + directory)
                .run(context -> {
                    DataSource dataSource = context.getBean(DataSource.class);
                    assertThat(JdbcClient.create(dataSource)
                                    .sql("select 1")
                                    .query(Integer.class)
                                    .single())
                            .isEqualTo(1);
                    assertThat(directory.resolve("postmaster.pid")).exists();
                    long start = System.nanoTime();
                    context.close();
                    closedIn[0] = (System.nanoTime() - start) / 1_000_000;
                });
        assertThat(directory.resolve("postmaster.pid"))
                .as("the server stopped with the context")
                .doesNotExist();
        assertThat(closedIn[0])
                .as("ms to close the context and stop the server")
                .isLessThan(5000);
    }

    @Test
    void theFormatCheckRunsInVerifyNotWhenTheApplicationIsRun() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String spotless = pom.substring(pom.indexOf("<artifactId>spotless-maven-plugin</artifactId>"));
        spotless = spotless.substring(0, spotless.indexOf("</plugin>"));
        assertThat(spotless).contains("<goal>check</goal>", "<phase>verify</phase>");
    }
}
