package app.redline.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    List<ChecklistTemplate> findByCurrentTrueOrderByNameAsc();

    /** The current templates with their items, for the administrators' list (one query). */
    @EntityGraph(attributePaths = "items")
    List<ChecklistTemplate> findWithItemsByCurrentTrueOrderByNameAsc();

    boolean existsByName(String name);

    @Query(value = "select exists (select 1 from inspection where template_id = :id)", nativeQuery = true)
    boolean isUsed(Long id);
}
