package app.redline.inspection;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One thing to check: its text, the clause it cites, whether failing it is a major hazard and, if so,
 * the clause of the judgement standard that makes it one.
 */
@Entity
@Table(name = "checklist_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ChecklistItem extends BaseEntity {

    @ManyToOne
    @JoinColumn(name = "template_id")
    private ChecklistTemplate template;

    private int position;

    private String text;

    private String clause;

    private boolean majorIfFailed;

    /** The clause of a judgement standard that failing it meets (the hazard it raises names it). */
    private Long standardClauseId;

    ChecklistItem(ChecklistTemplate template, int position, ChecklistTemplate.Item item) {
        this.template = template;
        this.position = position;
        this.text = item.text();
        this.clause = item.clause();
        this.majorIfFailed = item.majorIfFailed();
        this.standardClauseId = item.standardClauseId();
    }
}
