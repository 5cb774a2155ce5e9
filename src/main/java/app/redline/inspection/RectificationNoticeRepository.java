package app.redline.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationNoticeRepository extends JpaRepository<RectificationNotice, Long> {

    Optional<RectificationNotice> findByInspectionId(Long inspectionId);

    List<RectificationNotice> findByInspectionIdIn(java.util.Collection<Long> inspectionIds);
}
