package app.redline.prevention;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ControlMeasureRepository extends JpaRepository<ControlMeasure, Long> {

    List<ControlMeasure> findByEventIdInOrderById(Collection<Long> eventIds);

    List<ControlMeasure> findByEnterpriseIdOrderById(Long enterpriseId);
}
