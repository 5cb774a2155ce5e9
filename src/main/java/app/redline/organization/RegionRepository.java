package app.redline.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findAllByOrderByCodeAsc();

    List<Region> findByCodeStartingWithOrderByCodeAsc(String prefix);

    long countByCodeStartingWith(String prefix);
}
