package app.redline.inspection;

import app.redline.system.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A checklist for inspections. Once an inspection has used a version, that version never changes:
 * editing it makes the next version of the same family, and old inspections keep their items.
 */
@Entity
@Table(name = "checklist_template")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ChecklistTemplate extends BaseEntity {

    /** An item as a form or a seed gives it. */
    public record Item(String text, String clause, boolean majorIfFailed, Long standardClauseId) {

        public Item(String text, String clause, boolean majorIfFailed) {
            this(text, clause, majorIfFailed, null);
        }
    }

    private Long familyId;

    private int versionNo = 1;

    private String name;

    private boolean current = true;

    @ElementCollection
    @CollectionTable(name = "checklist_template_industry", joinColumns = @JoinColumn(name = "template_id"))
    @Column(name = "industry_code")
    private Set<String> industryCodes = new TreeSet<>();

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private long version;

    ChecklistTemplate(Long familyId, int versionNo, String name, Set<String> industryCodes, List<Item> items) {
        this.familyId = familyId;
        this.versionNo = versionNo;
        replace(name, industryCodes, items);
    }

    /** Changes a version no inspection has used yet. */
    void replace(String name, Set<String> industryCodes, List<Item> items) {
        this.name = name;
        this.industryCodes.clear();
        this.industryCodes.addAll(industryCodes);
        this.items.clear();
        int position = 1;
        for (Item item : items) {
            this.items.add(new ChecklistItem(this, position++, item));
        }
    }

    void joinFamily(Long familyId) {
        this.familyId = familyId;
    }

    void supersede() {
        this.current = false;
    }

    List<Item> itemValues() {
        return items.stream()
                .map(i -> new Item(i.getText(), i.getClause(), i.isMajorIfFailed(), i.getStandardClauseId()))
                .toList();
    }
}
