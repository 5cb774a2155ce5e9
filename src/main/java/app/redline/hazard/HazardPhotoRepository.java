package app.redline.hazard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HazardPhotoRepository extends JpaRepository<HazardPhoto, Long> {

    List<HazardPhoto> findByHazardIdOrderByIdAsc(Long hazardId);
}
