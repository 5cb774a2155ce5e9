package app.redline.inspection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

    Optional<Inspection> findFirstByCampaignIdAndEnterpriseIdAndTypeOrderByIdDesc(
            Long campaignId, Long enterpriseId, InspectionType type);
}
