package app.redline.prevention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An investigation task (隐患排查任务) of a control measure: what to check, how often, and who does it
 * (a post, or a named user of the enterprise).
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InvestigationTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long measureId;

    private Long unitId;

    private Long enterpriseId;

    private String content;

    @Enumerated(EnumType.STRING)
    private TaskCycle cycle;

    private String post;

    private Long assigneeId;

    private boolean responsiblePerson;

    private boolean active;

    private Instant createdAt;

    @Version
    private long version;

    InvestigationTask(
            ControlMeasure measure,
            Long unitId,
            String content,
            TaskCycle cycle,
            String post,
            Long assigneeId,
            boolean responsiblePerson,
            Instant createdAt) {
        this.measureId = measure.getId();
        this.unitId = unitId;
        this.enterpriseId = measure.getEnterpriseId();
        this.content = content;
        this.cycle = cycle;
        this.post = post;
        this.assigneeId = assigneeId;
        this.responsiblePerson = responsiblePerson;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** No longer done: it falls due no more (its history stays). */
    void stop() {
        this.active = false;
    }

    /** Whether this cycle or these people differ from the task's. */
    boolean differs(TaskCycle cycle, String post, Long assigneeId, boolean responsiblePerson) {
        return this.cycle != cycle
                || !java.util.Objects.equals(this.post, post)
                || !java.util.Objects.equals(this.assigneeId, assigneeId)
                || this.responsiblePerson != responsiblePerson;
    }

    void reassigned(TaskCycle cycle, String post, Long assigneeId, boolean responsiblePerson) {
        this.cycle = cycle;
        this.post = post;
        this.assigneeId = assigneeId;
        this.responsiblePerson = responsiblePerson;
    }
}
