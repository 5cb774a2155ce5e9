package app.redline.hazard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HazardExtensionRepository extends JpaRepository<HazardExtension, Long> {

    List<HazardExtension> findByHazardIdOrderByRequestedAtAscIdAsc(Long hazardId);

    Optional<HazardExtension> findByHazardIdAndStatus(Long hazardId, HazardExtension.Status status);
}
