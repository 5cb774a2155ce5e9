package app.redline.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.Data;

/** The template form: name, industries, and item rows (blank rows are left out). */
@Data
class TemplateForm {

    static final int BLANK_ROWS = 5;

    @NotBlank
    @Size(max = 200)
    private String name;

    private Set<String> industryCodes = new LinkedHashSet<>();

    @Valid
    private List<ItemRow> items = new ArrayList<>();

    private long version;

    @Data
    static class ItemRow {

        @Size(max = 500)
        private String text;

        @Size(max = 300)
        private String clause;

        private boolean majorIfFailed;

        private Long standardClauseId;
    }

    static TemplateForm of(ChecklistTemplate template) {
        TemplateForm form = new TemplateForm();
        form.name = template.getName();
        form.industryCodes = new LinkedHashSet<>(template.getIndustryCodes());
        for (ChecklistTemplate.Item item : template.itemValues()) {
            ItemRow row = new ItemRow();
            row.text = item.text();
            row.clause = item.clause();
            row.majorIfFailed = item.majorIfFailed();
            row.standardClauseId = item.standardClauseId();
            form.items.add(row);
        }
        form.version = template.getVersion();
        return form.withBlankRows();
    }

    TemplateForm withBlankRows() {
        long filled = items.stream()
                .filter(r -> r.getText() != null && !r.getText().isBlank())
                .count();
        items.removeIf(r -> r.getText() == null || r.getText().isBlank());
        for (int i = 0; i < BLANK_ROWS || items.size() < filled + BLANK_ROWS; i++) {
            items.add(new ItemRow());
        }
        return this;
    }

    List<ChecklistTemplate.Item> itemValues() {
        return items.stream()
                .filter(r -> r.getText() != null && !r.getText().isBlank())
                .map(r -> new ChecklistTemplate.Item(
                        r.getText().strip(), blankToNull(r.getClause()), r.isMajorIfFailed(), r.getStandardClauseId()))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
