package app.redline.inspection;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask of checklist templates: the current ones to choose from, and one's name. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ChecklistTemplates {

    /** A template to choose. */
    public record Option(Long id, String name) {}

    private final ChecklistTemplateRepository templates;

    public List<Option> current() {
        return templates.findByCurrentTrueOrderByNameAsc().stream()
                .map(t -> new Option(t.getId(), t.getName()))
                .toList();
    }

    public boolean isCurrent(Long id) {
        return id != null
                && templates.findById(id).filter(ChecklistTemplate::isCurrent).isPresent();
    }

    public Optional<String> name(Long id) {
        return templates.findById(id).map(ChecklistTemplate::getName);
    }
}
