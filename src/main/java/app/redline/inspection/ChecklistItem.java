package app.redline.inspection;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One thing to check: its text, the clause it cites, and whether failing it is a major hazard. */
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

    ChecklistItem(ChecklistTemplate template, int position, String text, String clause, boolean majorIfFailed) {
        this.template = template;
        this.position = position;
        this.text = text;
        this.clause = clause;
        this.majorIfFailed = majorIfFailed;
    }
}
