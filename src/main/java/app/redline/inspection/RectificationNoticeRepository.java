package app.redline.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RectificationNoticeRepository extends JpaRepository<RectificationNotice, Long> {

    Optional<RectificationNotice> findByInspectionId(Long inspectionId);

    @Query(
            "select n from RectificationNotice n where n.inspectionId in"
                    + " (select i.id from Inspection i where i.enterpriseId = :enterpriseId) order by n.issuedAt desc, n.id desc")
    List<RectificationNotice> findOfEnterprise(Long enterpriseId, Pageable page);

    List<RectificationNotice> findByInspectionIdIn(Collection<Long> inspectionIds);
}
