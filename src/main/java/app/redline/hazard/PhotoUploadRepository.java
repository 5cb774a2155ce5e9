package app.redline.hazard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoUploadRepository extends JpaRepository<PhotoUpload, Long> {

    List<PhotoUpload> findByUploadedByAndIdInOrderByIdAsc(Long uploadedBy, Collection<Long> ids);

    Optional<PhotoUpload> findByIdAndUploadedBy(Long id, Long uploadedBy);
}
