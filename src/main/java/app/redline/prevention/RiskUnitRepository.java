package app.redline.prevention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskUnitRepository extends JpaRepository<RiskUnit, Long> {

    List<RiskUnit> findByEnterpriseIdOrderByName(Long enterpriseId);

    boolean existsByObjectIdAndName(Long objectId, String name);

    java.util.Optional<RiskUnit> findByCardToken(java.util.UUID cardToken);
}
