package app.redline.prevention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskObjectRepository extends JpaRepository<RiskObject, Long> {

    List<RiskObject> findByEnterpriseIdOrderByName(Long enterpriseId);

    boolean existsByEnterpriseIdAndName(Long enterpriseId, String name);
}
