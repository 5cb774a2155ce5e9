package app.redline.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

    Optional<Unit> findByCreditCode(String creditCode);

    Optional<Unit> findFirstByTypeAndNameAndRegion_Code(UnitType type, String name, String regionCode);

    Optional<Unit> findFirstByTypeAndName(UnitType type, String name);

    @EntityGraph(attributePaths = "region")
    List<Unit> findAllByActiveTrueOrderByTypeAscNameAsc();

    @EntityGraph(attributePaths = "region")
    List<Unit> findAllByActiveTrueAndRegion_CodeStartingWithOrderByTypeAscNameAsc(String regionPrefix);

    @EntityGraph(attributePaths = {"region", "industries"})
    Optional<Unit> findWithIndustriesById(Long id);

    @EntityGraph(attributePaths = "region")
    List<Unit> findAllWithRegionByIdIn(Collection<Long> ids);

    @Query("select u.type, count(u) from Unit u where u.active and (:prefix is null or u.region.code like :prefix)"
            + " group by u.type")
    List<Object[]> countActiveByType(String prefix);

    /** Id and name of every department, government and operator (a few thousand at most). */
    @Query("select u.id, u.name from Unit u where u.type <> app.redline.organization.UnitType.ENTERPRISE")
    List<Object[]> findIdsAndNamesOfNonEnterprises();

    @Override
    @EntityGraph(attributePaths = "region")
    Page<Unit> findAll(Specification<Unit> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "region")
    Optional<Unit> findOne(Specification<Unit> spec);
}
