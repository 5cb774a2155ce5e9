package app.redline.prevention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvestigationTaskRepository extends JpaRepository<InvestigationTask, Long> {

    List<InvestigationTask> findByUnitIdOrderById(Long unitId);

    List<InvestigationTask> findByEnterpriseIdOrderById(Long enterpriseId);
}
