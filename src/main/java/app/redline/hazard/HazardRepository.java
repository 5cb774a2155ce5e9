package app.redline.hazard;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {

    List<Hazard> findByInspectionIdOrderByIdAsc(Long inspectionId);

    List<Hazard> findByNoticeIdOrderByIdAsc(Long noticeId);
}

interface HazardEventRepository extends JpaRepository<HazardEvent, Long> {

    List<HazardEvent> findByHazardIdOrderByAtAscIdAsc(Long hazardId);

    /** The acceptances (or re-inspections found rectified) of a batch of hazards, for the ledger export. */
    List<HazardEvent> findByHazardIdInAndTypeInOrderByIdAsc(
            Collection<Long> hazardIds, Collection<HazardEvent.Type> types);
}
