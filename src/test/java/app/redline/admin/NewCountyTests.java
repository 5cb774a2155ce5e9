package app.redline.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.SignIn;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.organization.CreditCode;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import jakarta.servlet.http.Cookie;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the administration issue is done by: an administrator sets up a new county from nothing —
 * region, government, departments, enterprises by import, users by import — and each new user signs
 * in and sees exactly the scope of their unit.
 */
@RedlineTest
class NewCountyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorSetsUpANewCountyAndEachUserSeesExactlyTheirScope() throws Exception {
        TestAdmins.ensure(accounts, new ScopeFixture(organizationSeeds));
        RequestPostProcessor admin = user(userDetails.loadUserByUsername(TestAdmins.GLOBAL));
        String county = freeCounty();
        String town = county + "001";
        String tag = county.substring(4);

        post(
                admin,
                "/admin/regions",
                "parentCode",
                "9701",
                "code",
                county,
                "nameZh",
                "新县" + tag,
                "nameEn",
                "New county");
        post(admin, "/admin/regions", "parentCode", county, "code", town, "nameZh", "新镇" + tag, "nameEn", "New town");
        post(admin, "/admin/units", "type", "GOVERNMENT", "name", "新县人民政府" + tag, "regionCode", county);
        post(
                admin,
                "/admin/units",
                "type",
                "DEPARTMENT",
                "name",
                "新县应急管理局" + tag,
                "regionCode",
                county,
                "comprehensive",
                "true",
                "industryCodes",
                "T_CHEMICALS");
        post(
                admin,
                "/admin/units",
                "type",
                "DEPARTMENT",
                "name",
                "新县住建局" + tag,
                "regionCode",
                county,
                "industryCodes",
                "T_CONSTRUCTION");

        String chemicals = creditCode(county, 1);
        String enterprises = "企业名称,统一社会信用代码,行政区划代码,行业,风险等级\n"
                + "新县化工一厂" + tag + "," + chemicals + "," + town + ",测试危化,红\n"
                + "新县化工二厂" + tag + "," + creditCode(county, 2) + "," + town + ",T_CHEMICALS,橙\n"
                + "新县建筑公司" + tag + "," + creditCode(county, 3) + "," + county + ",T_CONSTRUCTION,\n";
        assertThat(upload(admin, "/admin/import/enterprises", enterprises))
                .bodyText()
                .contains("3 rows: 3 new, 0 updated, 0 unchanged.");

        String users = "Username,Name,Unit,Roles,Initial password\n"
                + "nc-gov-" + tag + ",县政府监管员,新县人民政府" + tag + ",SUPERVISOR,Initial2026pw\n"
                + "nc-em-" + tag + ",应急局检查员,新县应急管理局" + tag + ",INSPECTOR,Initial2026pw\n"
                + "nc-build-" + tag + ",住建局监管员,新县住建局" + tag + ",SUPERVISOR,Initial2026pw\n"
                + "nc-safety-" + tag + ",化工厂安全员," + chemicals + ",ENTERPRISE_MANAGER,Initial2026pw\n"
                + "nc-admin-" + tag + ",县管理员,新县人民政府" + tag + ",ADMIN,Initial2026pw\n";
        assertThat(upload(admin, "/admin/import/users", users))
                .bodyText()
                .contains("5 rows: 5 new, 0 updated, 0 unchanged.");
        assertThat(mvc.get().uri("/admin/responsibilities/gaps").with(admin))
                .bodyText()
                .doesNotContain("新县");

        assertThat(enterpriseCount(firstSignIn("nc-gov-" + tag))).isEqualTo(3);
        assertThat(enterpriseCount(firstSignIn("nc-em-" + tag))).isEqualTo(3);
        assertThat(enterpriseCount(firstSignIn("nc-build-" + tag))).isEqualTo(1);
        Cookie safety = firstSignIn("nc-safety-" + tag);
        assertThat(enterpriseCount(safety)).isEqualTo(1);
        assertThat(mvc.get().uri("/enterprises").cookie(safety))
                .bodyText()
                .contains("新县化工一厂" + tag)
                .doesNotContain("新县化工二厂" + tag);

        Cookie countyAdmin = firstSignIn("nc-admin-" + tag);
        assertThat(mvc.get().uri("/admin/units?q=" + tag).cookie(countyAdmin))
                .hasStatusOk()
                .bodyText()
                .contains("新县化工一厂" + tag, "新县住建局" + tag)
                .doesNotContain("测试东区");
        assertThat(mvc.get().uri("/admin/units?q=测试东区").cookie(countyAdmin))
                .bodyText()
                .doesNotContain("测试东区商场");
    }

    private String freeCounty() {
        for (int n = 10; n < 100; n++) {
            String code = "9701" + n;
            Long taken = jdbc.sql("select count(*) from region where code = :code")
                    .param("code", code)
                    .query(Long.class)
                    .single();
            if (taken == 0) {
                return code;
            }
        }
        throw new IllegalStateException("No free county code under 9701");
    }

    private static String creditCode(String county, int n) {
        String first17 = "91" + county + String.format("NC%07d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private void post(RequestPostProcessor admin, String uri, String... params) {
        var request = mvc.post().uri(uri).with(admin).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    private MvcTestResult upload(RequestPostProcessor admin, String uri, String csv) {
        return mvc.post()
                .uri(uri)
                .multipart()
                .file(new MockMultipartFile("file", "file.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en")
                .with(admin)
                .with(csrf())
                .exchange();
    }

    /** Signs in with the initial password, chooses a new one, signs in again. */
    private Cookie firstSignIn(String username) {
        Cookie first = SignIn.session(SignIn.signIn(mvc, username, "Initial2026pw"));
        assertThat(mvc.get().uri("/").cookie(first)).hasRedirectedUrl("/profile/password");
        assertThat(mvc.post()
                        .uri("/profile/password")
                        .cookie(first)
                        .param("currentPassword", "Initial2026pw")
                        .param("newPassword", "Chosen2026pw")
                        .param("confirmation", "Chosen2026pw")
                        .with(csrf()))
                .hasRedirectedUrl("/login?passwordChanged");
        return SignIn.session(SignIn.signIn(mvc, username, "Chosen2026pw"));
    }

    private long enterpriseCount(Cookie session) throws UnsupportedEncodingException {
        String page =
                mvc.get().uri("/").cookie(session).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (page.contains("id=\"enterprise-home\"")) {
            return 1; // an enterprise's home is about its one enterprise
        }
        var matcher = Pattern.compile("id=\"enterprise-count\">(\\d+)<").matcher(page);
        assertThat(matcher.find()).as("enterprise count on the home page").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
