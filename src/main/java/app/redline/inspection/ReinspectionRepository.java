package app.redline.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReinspectionRepository extends JpaRepository<Reinspection, Long> {

    List<Reinspection> findByNoticeIdOrderByIdAsc(Long noticeId);

    Optional<Reinspection> findByIdAndNoticeId(Long id, Long noticeId);
}
