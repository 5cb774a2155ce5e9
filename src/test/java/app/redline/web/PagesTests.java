package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Pages as the users of the fixture see them: their scope, their language, and nothing else. */
@RedlineTest
class PagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    ScopeFixture fixture;

    @BeforeEach
    void users() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("t-gov", "东区监管员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), "Password2026");
        accounts.ensureUser(
                "t-factory", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), "Password2026");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/enterprises")).hasStatus3xxRedirection();
    }

    @Test
    void theLoginPageFollowsTheBrowserLanguageAndHasSecurityHeaders() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY")
                .bodyText()
                .contains("<title>登录 · ", "用户名");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .bodyText()
                .contains("Sign in", "Username");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "fr-FR, zh;q=0.5"))
                .bodyText()
                .contains("用户名");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "en"))
                .headers()
                .hasValue(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; "
                                + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'");
    }

    @Test
    void theLanguageSwitchIsRemembered() {
        var switched = mvc.get()
                .uri("/login?lang=en")
                .header("Accept-Language", "zh-CN")
                .exchange();
        assertThat(switched).bodyText().contains("Username");
        assertThat(switched).cookies().containsCookie("redline-lang");
    }

    @Test
    void theLoginPageListsNoDemoAccountsOutsideADemoInstallation() {
        assertThat(mvc.get().uri("/login")).bodyText().doesNotContain("demo-accounts");
    }

    @Nested
    @WithUserDetails(value = "t-gov", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    class AsACountyGovernment {

        @Test
        void theHomePageShowsTheUnitRegionAndEnterpriseCount() {
            assertThat(mvc.get().uri("/").header("Accept-Language", "en"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试东区人民政府", "East County", "Local government")
                    .contains("id=\"enterprise-count\">"
                            + organization
                                    .overview(organization.scopeOf(fixture.countyGovernment, false))
                                    .enterprises()
                            + "<");
        }

        @Test
        void theEnterpriseListHoldsOnlyTheScope() {
            assertThat(mvc.get().uri("/enterprises?q=测试").header("Accept-Language", "en"))
                    .hasStatusOk()
                    .bodyText()
                    // Each page's title names the page, before the application's name.
                    .contains("<title>Enterprises · Redline")
                    .contains("测试东镇化工厂", "测试东区建筑公司", "测试东区商场")
                    .doesNotContain("测试西区化工厂");
        }

        @Test
        void anEnterpriseOfASiblingRegionIsNotFound() {
            assertThat(mvc.get().uri("/enterprises/{id}", fixture.chemicalsInSiblingCounty))
                    .hasStatus(404)
                    .bodyText()
                    .doesNotContain("测试西区化工厂");
            assertThat(mvc.get().uri("/enterprises/{id}", fixture.chemicalsInTown))
                    .hasStatusOk();
        }

        @Test
        void malformedParametersAreABadRequest() {
            assertThat(mvc.get().uri("/enterprises?risk=PURPLE")).hasStatus(400);
            assertThat(mvc.get().uri("/enterprises/abc")).hasStatus(400);
            assertThat(mvc.get().uri("/enterprises?page=-4")).hasStatusOk();
        }

        @Test
        void unknownPagesAreNotFound() {
            assertThat(mvc.get().uri("/no-such-page")).hasStatus(404);
            assertThat(mvc.get().uri("/enterprises/{id}/no-such-page", fixture.chemicalsInTown))
                    .hasStatus(404);
        }

        @Test
        void aPageIsFoundByItsPathAndAnsweredOnlyForItsMethods() {
            // The controllers' mapping tries a path first (PathFirstHandlerMapping); what matches and
            // what a wrong method gets are as Spring's own order gives them.
            assertThat(mvc.get().uri("/enterprises/{id}", fixture.chemicalsInTown))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试东镇化工厂");
            assertThat(mvc.put()
                            .uri("/enterprises/{id}", fixture.chemicalsInTown)
                            .with(csrf()))
                    .hasStatus(405)
                    .headers()
                    .hasValue("Allow", "GET");
            assertThat(mvc.get().uri("/enterprises")).hasStatusOk();
            assertThat(handlerMapping).isInstanceOf(PathFirstHandlerMapping.class);
        }
    }

    @Nested
    @WithUserDetails(value = "t-factory", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    class AsAnEnterprise {

        @Test
        void theHomePageShowsOnlyItsOwnEnterprise() {
            assertThat(mvc.get().uri("/").header("Accept-Language", "zh-CN"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("本企业", "测试东镇化工厂", "id=\"enterprise-home\"", "收到的整改通知书")
                    .doesNotContain("id=\"enterprise-count\"", "id=\"home-scope\"");
        }

        @Test
        void anotherEnterpriseIsNotFound() {
            assertThat(mvc.get().uri("/enterprises/{id}", fixture.constructionInCounty))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/enterprises?q=测试"))
                    .bodyText()
                    .contains("测试东镇化工厂")
                    .doesNotContain("测试东区建筑公司");
        }
    }
}
