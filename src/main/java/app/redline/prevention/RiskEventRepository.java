package app.redline.prevention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskEventRepository extends JpaRepository<RiskEvent, Long> {

    List<RiskEvent> findByUnitIdOrderById(Long unitId);

    List<RiskEvent> findByEnterpriseIdOrderById(Long enterpriseId);
}
