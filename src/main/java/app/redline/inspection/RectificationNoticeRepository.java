package app.redline.inspection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationNoticeRepository extends JpaRepository<RectificationNotice, Long> {

    Optional<RectificationNotice> findByInspectionId(Long inspectionId);
}
