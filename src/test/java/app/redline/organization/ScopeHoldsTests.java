package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scope's rule in Java (one enterprise already read) says what its SQL predicate says, for every kind of scope. */
@RedlineTest
class ScopeHoldsTests {

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theJavaRuleAndTheSqlPredicateAgreeOnEveryUnit() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        List<Scope> scopes = List.of(
                Scope.all(),
                Scope.none(),
                Scope.region("970101"),
                Scope.region("970102"),
                organization.scopeOf(fixture.tradeDepartment, false),
                organization.scopeOf(fixture.chemicalsDepartment, false),
                Scope.enterprise(fixture.commerceInCounty));
        Set<Long> ids =
                new HashSet<>(jdbc.sql("select id from unit").query(Long.class).list());
        Map<Long, EnterpriseRow> rows = organization.enterpriseRows(ids);
        for (Scope scope : scopes) {
            Set<Long> covered = organization.covered(scope, ids);
            assertThat(covered).as("%s covers something or is none", scope).isNotNull();
            for (Long id : ids) {
                boolean enterprise = jdbc.sql("select type = 'ENTERPRISE' from unit where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single();
                boolean found;
                try {
                    organization.enterprise(scope, id);
                    found = true;
                } catch (EnterpriseNotFoundException e) {
                    found = false;
                }
                assertThat(found)
                        .as("%s holds unit %d (%s)", scope, id, rows.get(id).name())
                        .isEqualTo(enterprise && covered.contains(id));
            }
        }
    }
}
