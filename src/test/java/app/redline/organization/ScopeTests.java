package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Scope as the database applies it, on rows of the test's own. */
@RedlineTest
class ScopeTests {

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
    }

    @Test
    void aGovernmentSeesItsRegionSubtreeAndNotASiblingRegion() {
        Scope county = organization.scopeOf(fixture.countyGovernment, false);
        assertThat(visible(county)).isEqualTo(fixture.countyEnterprises());
        assertThat(visible(organization.scopeOf(fixture.siblingCountyGovernment, false)))
                .containsExactly(fixture.chemicalsInSiblingCounty);
        assertThat(visible(organization.scopeOf(fixture.cityGovernment, false))).isEqualTo(fixture.allEnterprises());
    }

    @Test
    void aDepartmentSeesOnlyItsIndustriesInsideItsRegion() {
        assertThat(visible(organization.scopeOf(fixture.chemicalsDepartment, false)))
                .containsExactly(fixture.chemicalsInTown);
    }

    @Test
    void aDepartmentSupervisingAnIndustrySeesItsSubSectors() {
        assertThat(visible(organization.scopeOf(fixture.tradeDepartment, false)))
                .containsExactly(fixture.commerceInCounty);
    }

    @Test
    void anEmergencyManagementDepartmentSeesEveryIndustryOfItsRegion() {
        assertThat(visible(organization.scopeOf(fixture.emergencyDepartment, false)))
                .isEqualTo(fixture.countyEnterprises());
    }

    @Test
    void anEnterpriseSeesOnlyItself() {
        Scope scope = organization.scopeOf(fixture.chemicalsInTown, false);
        assertThat(visible(scope)).containsExactly(fixture.chemicalsInTown);
        assertThat(organization.overview(scope).enterprises()).isEqualTo(1);
    }

    @Test
    void anAdministratorOfTheOperatorSeesEverythingAndARegionAdministratorItsSubtree() {
        assertThat(organization.scopeOf(fixture.operator, true)).isEqualTo(Scope.all());
        assertThat(visible(organization.scopeOf(fixture.operator, true))).containsAll(fixture.allEnterprises());
        assertThat(visible(organization.scopeOf(fixture.countyGovernment, true)))
                .isEqualTo(fixture.countyEnterprises());
    }

    @Test
    void eachKindOfUnitGetsItsScopeAndAMissingUnitNone() {
        assertThat(organization.scopeOf(fixture.countyGovernment, false)).isEqualTo(Scope.region("970101"));
        assertThat(organization.scopeOf(fixture.emergencyDepartment, false)).isEqualTo(Scope.region("970101"));
        assertThat(organization.scopeOf(fixture.tradeDepartment, false))
                .as("an industry department: its industries and their sub-sectors")
                .isEqualTo(Scope.regionIndustries("970101", Set.of("T_TRADE", "T_COMMERCE")));
        assertThat(organization.scopeOf(fixture.chemicalsInTown, false))
                .isEqualTo(Scope.enterprise(fixture.chemicalsInTown));
        assertThat(organization.scopeOf(fixture.tradeDepartment, true))
                .as("an administrator of a county unit: the county")
                .isEqualTo(Scope.region("970101"));
        assertThat(organization.scopeOf(-1L, false)).isEqualTo(Scope.none());
        assertThat(organization.scopeOf(-1L, true)).isEqualTo(Scope.none());
    }

    @Test
    void theOperatorsOtherPeopleSeeNothing() {
        assertThat(visible(organization.scopeOf(fixture.operator, false))).isEmpty();
    }

    @Test
    void anEnterpriseOutsideTheScopeIsNotFound() {
        Scope county = organization.scopeOf(fixture.countyGovernment, false);
        assertThat(organization.enterprise(county, fixture.chemicalsInTown).name())
                .isEqualTo("测试东镇化工厂");
        assertThatThrownBy(() -> organization.enterprise(county, fixture.chemicalsInSiblingCounty))
                .isInstanceOf(EnterpriseNotFoundException.class);
        assertThatThrownBy(() -> organization.enterprise(county, fixture.countyGovernment))
                .as("a unit that is not an enterprise")
                .isInstanceOf(EnterpriseNotFoundException.class);
    }

    @Test
    void countsAgreeWithTheList() {
        Scope county = organization.scopeOf(fixture.countyGovernment, false);
        ScopeOverview overview = organization.overview(county);
        // Administration tests add enterprises to the county; the fixture's three are always there.
        long listed = organization
                .enterprises(county, EnterpriseFilter.none(), Pageable.ofSize(1))
                .getTotalElements();
        assertThat(overview.enterprises()).isEqualTo(listed).isGreaterThanOrEqualTo(3);
        assertThat(overview.byRiskLevel().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isLessThanOrEqualTo(listed);
    }

    @Test
    @Transactional
    void rowsOfOtherFeaturesAreFilteredByTheirEnterpriseId() {
        for (Long unit : List.of(fixture.countyGovernment, fixture.chemicalsDepartment, fixture.chemicalsInTown)) {
            Scope scope = organization.scopeOf(unit, false);
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<Unit> row = query.from(Unit.class);
            query.select(row.<Long>get("id"))
                    .where(cb.and(
                            row.get("id").in(fixture.allEnterprises()),
                            scope.coversEnterpriseId(row.get("id"), query, cb)));
            assertThat(new HashSet<>(entityManager.createQuery(query).getResultList()))
                    .as("unit %d", unit)
                    .isEqualTo(visible(scope));
        }
    }

    /** The fixture's enterprises this scope lists. */
    /**
     * The scope a supervisor's people see and the {@code supervision} view that responsibilities and
     * notifications read are one relation: for every government and department of the fixture they
     * name the same enterprises.
     */
    @Test
    void theScopeOfASupervisorIsTheEnterprisesItSupervises() {
        for (Long unit : List.of(
                fixture.countyGovernment,
                fixture.siblingCountyGovernment,
                fixture.cityGovernment,
                fixture.chemicalsDepartment,
                fixture.tradeDepartment,
                fixture.emergencyDepartment)) {
            Set<Long> supervised =
                    new HashSet<>(jdbc.sql("select enterprise_id from supervision where supervisor_id = :unit")
                            .param("unit", unit)
                            .query(Long.class)
                            .list());
            supervised.retainAll(fixture.allEnterprises());
            assertThat(visible(organization.scopeOf(unit, false)))
                    .as("unit %d", unit)
                    .isEqualTo(supervised)
                    .isNotEmpty();
        }
    }

    private Set<Long> visible(Scope scope) {
        Set<Long> ids = new HashSet<>();
        organization
                .enterprises(scope, EnterpriseFilter.none(), PageRequest.of(0, 1000))
                .forEach(e -> ids.add(e.id()));
        ids.retainAll(fixture.allEnterprises());
        return ids;
    }
}
