package app.redline.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationNoticeRepository extends JpaRepository<RectificationNotice, Long> {

    Optional<RectificationNotice> findByInspectionId(Long inspectionId);

    @org.springframework.data.jpa.repository.Query(
            "select n from RectificationNotice n where n.inspectionId in"
                    + " (select i.id from Inspection i where i.enterpriseId = :enterpriseId) order by n.issuedAt desc, n.id desc")
    List<RectificationNotice> findOfEnterprise(Long enterpriseId, org.springframework.data.domain.Pageable page);

    List<RectificationNotice> findByInspectionIdIn(java.util.Collection<Long> inspectionIds);
}
