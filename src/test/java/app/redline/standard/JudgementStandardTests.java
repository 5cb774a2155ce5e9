package app.redline.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The catalogue of judgement standards: administrators of the whole installation import editions
 * and clauses; grading a hazard major names a clause of a current edition that judges the
 * enterprise's industries (or the basis in words); a named clause keeps its text, a revision comes
 * as a new edition and the hazards keep the one they were graded by.
 */
@RedlineTest
class JudgementStandardTests {

    static final String HEADER = "Standard code,Edition,Standard name,Clause number,Clause text,Industries\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    StandardCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture scope;

    /** A code of its own for each test: the catalogue is shared by the whole test database. */
    String code;

    @BeforeEach
    void people() {
        scope = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, scope);
        accounts.ensureUser(
                "t-chem-inspector", "危化检查员", scope.chemicalsDepartment, Set.of(Role.INSPECTOR), TestAdmins.PASSWORD);
        accounts.ensureUser(
                "t-chem-manager",
                "化工厂安全员",
                scope.chemicalsInTown,
                Set.of(Role.ENTERPRISE_MANAGER),
                TestAdmins.PASSWORD);
        code = "T-STD-" + System.nanoTime();
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    MvcTestResult upload(String username, String csv) {
        return mvc.post()
                .uri("/admin/import/standards")
                .multipart()
                .file(new MockMultipartFile("file", "standards.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en")
                .with(as(username))
                .with(csrf())
                .exchange();
    }

    String chemicals(int edition, String clauseOne) {
        return HEADER
                + code + "," + edition + ",测试危化判定标准,第一条（一）," + clauseOne + ",T_CHEMICALS\n"
                + code + "," + edition + ",测试危化判定标准,第一条（二）,未设置可燃气体报警的,\n";
    }

    long clauses(int edition) {
        return jdbc.sql("select count(*) from standard_clause c join judgement_standard s on s.id = c.standard_id"
                        + " where s.code = :code and s.edition = :edition")
                .param("code", code)
                .param("edition", edition)
                .query(Long.class)
                .single();
    }

    Long clause(int edition, String number) {
        return jdbc.sql("select c.id from standard_clause c join judgement_standard s on s.id = c.standard_id"
                        + " where s.code = :code and s.edition = :edition and c.number = :number")
                .param("code", code)
                .param("edition", edition)
                .param("number", number)
                .query(Long.class)
                .single();
    }

    Long standard(int edition) {
        return jdbc.sql("select id from judgement_standard where code = :code and edition = :edition")
                .param("code", code)
                .param("edition", edition)
                .query(Long.class)
                .single();
    }

    MvcTestResult reportMajor(Long enterprise, String description, Long clauseId, String basis) {
        var request = mvc.post()
                .uri("/hazards")
                .multipart()
                .param("enterpriseId", enterprise.toString())
                .param("location", "储罐区")
                .param("description", description)
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "MAJOR")
                .header("Accept-Language", "en")
                .with(as("t-chem-inspector"))
                .with(csrf());
        if (clauseId != null) {
            request = request.param("judgementClauseId", clauseId.toString());
        }
        if (basis != null) {
            request = request.param("legalBasis", basis);
        }
        return request.exchange();
    }

    Long hazard(String description) {
        return jdbc.sql("select id from hazard where description = :d")
                .param("d", description)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    @Test
    void anAdministratorOfTheInstallationImportsAnEditionAndAnImportAgainChangesNothing() {
        assertThat(upload(TestAdmins.GLOBAL, chemicals(2017, "储罐区未设置防火堤的")))
                .hasStatusOk()
                .bodyText()
                .contains("2 rows: 2 new, 0 updated, 0 unchanged");
        assertThat(clauses(2017)).isEqualTo(2);
        assertThat(upload(TestAdmins.GLOBAL, chemicals(2017, "储罐区未设置防火堤的")))
                .bodyText()
                .contains("2 rows: 0 new, 0 updated, 2 unchanged");
        assertThat(jdbc.sql("select industry_code from judgement_standard_industry where standard_id = :id")
                        .param("id", standard(2017))
                        .query(String.class)
                        .list())
                .containsExactly("T_CHEMICALS");
        // Anyone signed in reads the catalogue and an edition's clauses.
        assertThat(mvc.get().uri("/standards").with(as("t-chem-manager")))
                .hasStatusOk()
                .bodyText()
                .contains("测试危化判定标准");
        assertThat(mvc.get().uri("/standards/" + standard(2017)).with(as("t-chem-inspector")))
                .hasStatusOk()
                .bodyText()
                .contains("第一条（一）", "储罐区未设置防火堤的");
        assertThat(mvc.get().uri("/standards/987654321").with(as("t-chem-inspector")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/standards/" + standard(2017) + "/clauses.xlsx")
                        .with(as("t-chem-manager")))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'STANDARD' and object_id = :id")
                        .param("id", String.valueOf(standard(2017)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aBadFileOrAnAdministratorOfARegionImportsNothing() {
        String bad = HEADER
                + code + ",20x7,测试危化判定标准,第一条（一）,储罐区未设置防火堤的,\n"
                + code + ",2017,测试危化判定标准,第一条（二）,,\n"
                + code + ",2017,测试危化判定标准,第一条（三）,甲,NO_SUCH_INDUSTRY\n"
                + code + ",2018,测试危化判定标准,第一条（四）,乙,\n"
                + code + ",2018,测试危化判定标准,第一条（四）,丙,\n";
        assertThat(upload(TestAdmins.GLOBAL, bad))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Nothing was imported",
                        "The edition “20x7” is not a year.",
                        "This required column is empty.",
                        "There is no industry NO_SUCH_INDUSTRY",
                        "appears in an earlier row");
        assertThat(jdbc.sql("select count(*) from judgement_standard where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(upload(TestAdmins.COUNTY, chemicals(2017, "储罐区未设置防火堤的")))
                .bodyText()
                .contains("Only an administrator of the whole installation imports judgement standards");
        assertThat(clauses(2017)).isZero();
        assertThat(upload("t-chem-inspector", chemicals(2017, "储罐区未设置防火堤的"))).hasStatus(403);
        assertThat(clauses(2017)).isZero();
    }

    @Test
    void aMajorHazardNamesAClauseOfAStandardOfItsIndustryOrItsBasis() {
        upload(TestAdmins.GLOBAL, chemicals(2017, "储罐区未设置防火堤的"));
        upload(TestAdmins.GLOBAL, HEADER + code + "-B,2024,测试建筑判定标准,第二条,深基坑未经专家论证的,T_CONSTRUCTION\n");
        Long chemicalsClause = clause(2017, "第一条（一）");
        Long constructionClause = jdbc.sql("select c.id from standard_clause c join judgement_standard s"
                        + " on s.id = c.standard_id where s.code = :code")
                .param("code", code + "-B")
                .query(Long.class)
                .single();

        // The report form offers the clauses of the standards that judge the enterprise's industries.
        assertThat(mvc.get()
                        .uri("/hazards/new?enterprise=" + scope.chemicalsInTown)
                        .with(as("t-chem-inspector")))
                .hasStatusOk()
                .bodyText()
                .contains("储罐区未设置防火堤的")
                .doesNotContain("深基坑未经专家论证的");
        assertThat(catalogue.offered(constructionClause, scope.constructionInCounty))
                .isTrue();
        assertThat(catalogue.offered(constructionClause, scope.chemicalsInTown)).isFalse();

        // Neither a clause nor a basis: refused, nothing written.
        String none = "无依据重大隐患" + code;
        assertThat(reportMajor(scope.chemicalsInTown, none, null, null))
                .hasStatusOk()
                .bodyText()
                .contains("A major hazard names what makes it major");
        assertThat(hazard(none)).isNull();
        // A clause of another industry's standard: refused.
        String wrong = "他行业条款" + code;
        assertThat(reportMajor(scope.chemicalsInTown, wrong, constructionClause, null))
                .hasStatusOk()
                .bodyText()
                .contains("This clause is not of a current standard that judges this enterprise");
        assertThat(hazard(wrong)).isNull();
        // Its own industry's clause: kept, and shown on the hazard's page with its text.
        String named = "有依据重大隐患" + code;
        assertThat(reportMajor(scope.chemicalsInTown, named, chemicalsClause, null))
                .hasStatus3xxRedirection();
        Long id = hazard(named);
        assertThat(jdbc.sql("select judgement_clause_id from hazard where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(chemicalsClause);
        assertThat(mvc.get().uri("/hazards/" + id).with(as("t-chem-manager")))
                .hasStatusOk()
                .bodyText()
                .contains("第一条（一）", "储罐区未设置防火堤的");
        // The basis in words where no standard names it.
        String worded = "文字依据重大隐患" + code;
        assertThat(reportMajor(scope.chemicalsInTown, worded, null, "《消防法》第二十八条"))
                .hasStatus3xxRedirection();
        // A general hazard names no clause even when one is sent.
        assertThat(mvc.post()
                        .uri("/hazards")
                        .multipart()
                        .param("enterpriseId", scope.chemicalsInTown.toString())
                        .param("location", "储罐区")
                        .param("description", "一般隐患" + code)
                        .param("category", "UNSAFE_CONDITION")
                        .param("grade", "GENERAL")
                        .param("judgementClauseId", chemicalsClause.toString())
                        .with(as("t-chem-inspector"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select judgement_clause_id from hazard where id = :id")
                        .param("id", hazard("一般隐患" + code))
                        .query(Long.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void aNamedClauseKeepsItsTextAndARevisionIsANewEdition() {
        upload(TestAdmins.GLOBAL, chemicals(2017, "储罐区未设置防火堤的"));
        Long old = clause(2017, "第一条（一）");
        // Not yet named: its text may be corrected.
        assertThat(upload(TestAdmins.GLOBAL, chemicals(2017, "储罐区未按规定设置防火堤的")))
                .bodyText()
                .contains("2 rows: 0 new, 1 updated, 1 unchanged");
        String named = "引用旧版" + code;
        reportMajor(scope.chemicalsInTown, named, old, null);
        Long id = hazard(named);
        // Named: its text stands.
        assertThat(upload(TestAdmins.GLOBAL, chemicals(2017, "改写后的条款")))
                .bodyText()
                .contains("is already named by hazards or checklist items");
        assertThat(jdbc.sql("select text from standard_clause where id = :id")
                        .param("id", old)
                        .query(String.class)
                        .single())
                .isEqualTo("储罐区未按规定设置防火堤的");
        // The revision as a new edition: it is the current one, the old one is superseded.
        assertThat(upload(TestAdmins.GLOBAL, chemicals(2026, "修订后的条款")))
                .bodyText()
                .contains("2 rows: 2 new");
        assertThat(catalogue.isCurrent(clause(2026, "第一条（一）"))).isTrue();
        assertThat(catalogue.isCurrent(old)).isFalse();
        assertThat(mvc.get().uri("/standards").header("Accept-Language", "en").with(as("t-chem-inspector")))
                .bodyText()
                .contains("Superseded");
        // Grading now names the current edition; the hazard keeps the one it was graded by.
        assertThat(reportMajor(scope.chemicalsInTown, "旧版条款" + code, old, null))
                .bodyText()
                .contains("This clause is not of a current standard");
        assertThat(mvc.get().uri("/hazards/" + id).with(as("t-chem-inspector")))
                .bodyText()
                .contains("储罐区未按规定设置防火堤的", "(2017)");
    }

    @Test
    void aChecklistItemNamesAClauseOfACurrentEdition() {
        upload(TestAdmins.GLOBAL, chemicals(2017, "储罐区未设置防火堤的"));
        Long clause = clause(2017, "第一条（一）");
        String name = "判定标准检查表" + code;
        assertThat(template(name, "987654321"))
                .hasStatusOk()
                .bodyText()
                .contains("This clause is not of a current judgement standard.");
        assertThat(template(name, clause.toString())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select i.standard_clause_id from checklist_item i join checklist_template t"
                                + " on t.id = i.template_id where t.name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single())
                .isEqualTo(clause);
        assertThat(mvc.get()
                        .uri("/standards/" + standard(2017))
                        .header("Accept-Language", "en")
                        .with(as(TestAdmins.GLOBAL)))
                .bodyText()
                .contains("Named by 0 hazards and 1 checklist items");
    }

    MvcTestResult template(String name, String clauseId) {
        return mvc.post()
                .uri("/admin/templates")
                .param("name", name)
                .param("industryCodes", "T_CHEMICALS")
                .param("items[0].text", "储罐区设置防火堤")
                .param("items[0].majorIfFailed", "true")
                .param("items[0].standardClauseId", clauseId)
                .header("Accept-Language", "en")
                .with(as(TestAdmins.GLOBAL))
                .with(csrf())
                .exchange();
    }
}
