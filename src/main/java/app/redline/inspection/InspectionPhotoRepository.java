package app.redline.inspection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InspectionPhotoRepository extends JpaRepository<InspectionPhoto, Long> {

    List<InspectionPhoto> findByInspectionIdOrderByIdAsc(Long inspectionId);

    /** Each item's photo count: (item id, count). */
    @Query("select p.itemId, count(p) from InspectionPhoto p where p.inspectionId = :inspectionId group by p.itemId")
    List<Object[]> countByItem(Long inspectionId);

    @Modifying
    @Query("delete from InspectionPhoto p where p.inspectionId = :inspection and p.id in :ids")
    int deleteFromInspection(Long inspection, Collection<Long> ids);
}
