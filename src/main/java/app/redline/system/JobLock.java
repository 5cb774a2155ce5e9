package app.redline.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time, as ShedLock does: the job's row in
 * {@code job_lock} is taken with one atomic statement when it is free or its holder's time ran out,
 * and given back when the job ends. The times are the database's, so instances with different
 * clocks agree.
 */
@Slf4j
@Component
public class JobLock {

    private final JdbcClient jdbc;
    private final String instance;

    JobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.instance = hostName() + "/" + UUID.randomUUID();
    }

    /**
     * Runs the job if no other run holds its lock, holding it for at most {@code atMost} (a run that
     * dies is then taken over). Returns whether it ran.
     */
    public boolean runExclusively(String name, Duration atMost, Runnable job) {
        return runExclusively(name, atMost, Duration.ZERO, job);
    }

    /**
     * As above, and keeps the lock for at least {@code atLeast} from the start, as ShedLock's
     * lockAtLeastFor does: a scheduled run that finishes in a second is not run again by another
     * instance whose scheduler fires a moment later for the same time.
     */
    public boolean runExclusively(String name, Duration atMost, Duration atLeast, Runnable job) {
        int taken = jdbc.sql("insert into job_lock (name, locked_until, locked_at, locked_by)"
                        + " values (:name, now() + :seconds * interval '1 second', now(), :by)"
                        + " on conflict (name) do update set locked_until = excluded.locked_until,"
                        + " locked_at = excluded.locked_at, locked_by = excluded.locked_by"
                        + " where job_lock.locked_until <= now()")
                .param("name", name)
                .param("seconds", atMost.toSeconds())
                .param("by", instance)
                .update();
        if (taken == 0) {
            log.info("Job {} is running elsewhere; this run is skipped", name);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            jdbc.sql("update job_lock set locked_until = greatest(now(), locked_at + :least * interval '1 second')"
                            + " where name = :name and locked_by = :by")
                    .param("least", atLeast.toSeconds())
                    .param("name", name)
                    .param("by", instance)
                    .update();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
