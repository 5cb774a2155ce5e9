package app.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardSeeds;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.CreditCode;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Every endpoint the application exposes (read from Spring MVC's handler mappings, so a new one is
 * found without anyone adding it) against every kind of user: anonymous, the global administrator
 * and those of the county and of its sibling county, an inspector, the mall's safety manager, a
 * manager of another county's enterprise, the department that governs the mall's industry and one
 * that does not, the county government and its sibling county's. The objects in the paths (hazard, photo, inspection,
 * notice, notification, campaign, enterprise, user, unit, region, industry, template) all belong
 * to the mall in the east county. Each endpoint's rule says who may use it; the test derives what
 * everyone else must get: the login page when anonymous, 404 when the object is outside their
 * scope, 403 otherwise — and fails for an endpoint without a rule.
 */
@RedlineTest
class AccessMatrixTests {

    enum Who {
        ANONYMOUS(null),
        ADMIN(TestAdmins.GLOBAL),
        REGION_ADMIN(TestAdmins.COUNTY),
        SIBLING_ADMIN("t-matrix-west-admin"),
        INSPECTOR("t-matrix-inspector"),
        SAFETY("t-matrix-safety"),
        PRINCIPAL("t-matrix-principal"),
        OTHER_MANAGER("t-matrix-west-manager"),
        DEPT("t-matrix-trade"),
        OTHER_DEPT("t-matrix-chem"),
        GOV("t-supervisor"),
        SIBLING_GOV("t-matrix-west-gov");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** Who sees the mall's objects (its scope covers the mall). */
    static final Set<Who> COVER =
            EnumSet.of(Who.ADMIN, Who.REGION_ADMIN, Who.INSPECTOR, Who.SAFETY, Who.PRINCIPAL, Who.DEPT, Who.GOV);

    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> SUPERVISORS = EnumSet.of(Who.DEPT, Who.OTHER_DEPT, Who.GOV, Who.SIBLING_GOV);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN, Who.REGION_ADMIN, Who.SIBLING_ADMIN);

    /** What an endpoint's path names: nothing, one of the mall's objects, or one user's own object. */
    enum Target {
        NONE,
        MALL,
        OWN,
        /** An administered object of the east county: other administrators do not find it. */
        ADMINISTERED,
        /**
         * A public report about the mall: its handlers use it, the county government reads it (and is
         * refused the rest), nobody else finds it — not even the mall.
         */
        CASE
    }

    /** Who may use an endpoint, and what its path names. */
    record Rule(Set<Who> allowed, Target target) {

        String expected(Who who) {
            if (who == Who.ANONYMOUS) {
                return allowed.contains(who) ? "ok" : "login";
            }
            if (allowed.contains(who)) {
                return "ok";
            }
            return switch (target) {
                case NONE -> "403";
                case MALL -> COVER.contains(who) ? "403" : "404";
                case OWN -> "404";
                case ADMINISTERED -> ADMINS.contains(who) ? "404" : "403";
                case CASE -> EnumSet.of(Who.INSPECTOR, Who.DEPT, Who.GOV).contains(who) ? "403" : "404";
            };
        }
    }

    static Rule anyone() {
        return new Rule(EnumSet.allOf(Who.class), Target.NONE);
    }

    static Rule signedIn() {
        return new Rule(SIGNED_IN, Target.NONE);
    }

    static Rule only(Set<Who> who) {
        return new Rule(who, Target.NONE);
    }

    /** An object of the mall: those who cover it and are allowed use it, others who cover it get 403. */
    static Rule object(Set<Who> who) {
        return new Rule(who, Target.MALL);
    }

    /** An administered object of the east county: its administrators (global and county) manage it. */
    static Rule administered() {
        return new Rule(EnumSet.of(Who.ADMIN, Who.REGION_ADMIN), Target.ADMINISTERED);
    }

    static Set<Who> covering(Who... who) {
        Set<Who> set = EnumSet.noneOf(Who.class);
        for (Who w : who) {
            if (COVER.contains(w)) {
                set.add(w);
            }
        }
        return set;
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        Set<Who> all = EnumSet.copyOf(COVER);
        RULES.put("GET /login", anyone());
        RULES.put("GET /", signedIn());
        RULES.put("GET /profile/password", signedIn());
        RULES.put("POST /profile/password", signedIn());
        RULES.put("GET /notifications", signedIn());
        RULES.put("POST /notifications/read-all", signedIn());
        // A notification is its recipient's only: everyone else's "not found".
        RULES.put("POST /notifications/{id}/read", new Rule(EnumSet.of(Who.SAFETY), Target.OWN));

        RULES.put("GET /enterprises", signedIn());
        RULES.put("GET /enterprises/{id}", object(all));

        // The risk register: read by whoever sees the enterprise, kept by its own safety managers.
        RULES.put("GET /enterprises/{id}/risks", object(all));
        RULES.put("POST /enterprises/{id}/risks/objects", object(covering(Who.SAFETY)));
        RULES.put("POST /enterprises/{id}/risks/units", object(covering(Who.SAFETY)));
        RULES.put("GET /enterprises/{id}/risks/import", object(covering(Who.SAFETY)));
        RULES.put("POST /enterprises/{id}/risks/import", object(covering(Who.SAFETY)));
        RULES.put("GET /enterprises/{id}/risks/template.xlsx", object(all));
        RULES.put("GET /enterprises/{id}/risks/register.xlsx", object(all));
        RULES.put("GET /risks/units/{id}", object(all));
        RULES.put("GET /risks/units/{id}/card", object(all));
        // The card's QR page is what hangs on the site: anyone reads it (staff of the scope are sent on to the unit).
        RULES.put("GET /risk-cards/{token}", anyone());
        RULES.put("POST /risks/units/{id}", object(covering(Who.SAFETY)));
        RULES.put("POST /risks/units/{id}/tasks/{taskId}/stop", object(covering(Who.SAFETY)));
        RULES.put("POST /risks/units/{id}/events", object(covering(Who.SAFETY)));
        RULES.put("POST /risks/units/{id}/measures", object(covering(Who.SAFETY)));
        RULES.put("POST /risks/units/{id}/tasks", object(covering(Who.SAFETY)));
        RULES.put("GET /investigations", signedIn());
        RULES.put("GET /prevention", signedIn());
        RULES.put("GET /prevention/export.xlsx", signedIn());
        // The statistics tables: read by whoever sees the enterprise, signed by its principal only,
        // urged by supervisors; the submissions list answers everyone within their own scope.
        RULES.put("GET /reports/statistics", signedIn());
        RULES.put("GET /reports/statistics/{enterpriseId}/{period}", object(all));
        RULES.put("GET /reports/statistics/{enterpriseId}/{period}/table.xlsx", object(all));
        RULES.put("POST /reports/statistics/{enterpriseId}/{period}", object(covering(Who.PRINCIPAL)));
        RULES.put(
                "POST /reports/statistics/{enterpriseId}/{period}/urge",
                object(covering(Who.INSPECTOR, Who.DEPT, Who.GOV)));
        RULES.put("GET /reports/submissions", signedIn());
        RULES.put("GET /reports/submissions/export.xlsx", signedIn());
        // A government's roll-up: its people read it, its supervisors submit it.
        RULES.put(
                "GET /reports/regional",
                only(EnumSet.of(Who.GOV, Who.SIBLING_GOV, Who.REGION_ADMIN, Who.SIBLING_ADMIN)));
        RULES.put("POST /reports/regional/{period}", only(EnumSet.of(Who.GOV, Who.SIBLING_GOV)));
        // A task of a post is done by the enterprise's own safety managers.
        RULES.put("POST /investigations/{taskId}/normal", object(covering(Who.SAFETY)));

        // The catalogue of judgement standards is everyone's to read; administrators import it.
        RULES.put("GET /standards", signedIn());
        RULES.put("GET /standards/{id}", signedIn());
        RULES.put("GET /standards/{id}/clauses.xlsx", signedIn());
        // Public reports: anyone reports and follows a case; the mall's case is handled by the trade
        // department (its inspectors and supervisors), read by the county government.
        RULES.put("GET /report", anyone());
        RULES.put("POST /report", anyone());
        RULES.put("GET /report/status", anyone());
        RULES.put("POST /report/status", anyone());
        RULES.put(
                "GET /public-reports",
                only(EnumSet.of(
                        Who.INSPECTOR,
                        Who.DEPT,
                        Who.OTHER_DEPT,
                        Who.GOV,
                        Who.SIBLING_GOV,
                        Who.SAFETY,
                        Who.OTHER_MANAGER)));
        // The figures of public reports: for everyone but an enterprise's people, within their scope.
        Set<Who> notEnterprises = EnumSet.of(
                Who.ADMIN,
                Who.REGION_ADMIN,
                Who.SIBLING_ADMIN,
                Who.INSPECTOR,
                Who.DEPT,
                Who.OTHER_DEPT,
                Who.GOV,
                Who.SIBLING_GOV);
        RULES.put("GET /public-reports/figures", only(notEnterprises));
        RULES.put("GET /accidents/figures", only(notEnterprises));
        RULES.put("GET /accidents/figures.xlsx", only(notEnterprises));
        // Accidents: recorded and reported on by the mall's safety manager and by the inspectors and
        // supervisors above it; read by everyone whose scope holds the mall.
        Set<Who> recorders = EnumSet.of(Who.INSPECTOR, Who.SAFETY, Who.DEPT, Who.GOV);
        RULES.put("GET /accidents", signedIn());
        RULES.put("GET /accidents/new", object(recorders));
        RULES.put("POST /accidents", object(recorders));
        RULES.put("GET /accidents/{id}", object(all));
        RULES.put("GET /accidents/{id}/trace-back", object(all));
        RULES.put("POST /accidents/{id}/investigation", object(EnumSet.of(Who.DEPT, Who.GOV)));
        RULES.put("POST /accidents/{id}/accountability", object(EnumSet.of(Who.DEPT, Who.GOV)));
        RULES.put("GET /accidents/accountability", signedIn());
        RULES.put("GET /accidents/{id}/investigation/{investigationId}/document", object(all));
        RULES.put("POST /accidents/{id}/reports", object(recorders));
        // The duty roster: read by the people of a department or government, kept by its supervisors.
        Set<Who> rostered = EnumSet.of(
                Who.REGION_ADMIN, Who.SIBLING_ADMIN, Who.INSPECTOR, Who.DEPT, Who.OTHER_DEPT, Who.GOV, Who.SIBLING_GOV);
        RULES.put("GET /duty", only(rostered));
        RULES.put("GET /duty/print", only(rostered));
        RULES.put("POST /duty", only(SUPERVISORS));
        RULES.put("POST /duty/{id}/removal", only(SUPERVISORS));
        RULES.put("GET /public-reports/figures.xlsx", only(notEnterprises));
        // The posters: an enterprise's for whoever sees it; a region's for its government's and
        // departments' people (an enterprise's people and the operator's have none).
        RULES.put("GET /public-reports/posters/enterprise/{id}", object(all));
        RULES.put(
                "GET /public-reports/posters/region",
                only(EnumSet.of(
                        Who.REGION_ADMIN,
                        Who.SIBLING_ADMIN,
                        Who.INSPECTOR,
                        Who.DEPT,
                        Who.OTHER_DEPT,
                        Who.GOV,
                        Who.SIBLING_GOV)));
        RULES.put("GET /public-reports/{id}", new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT, Who.GOV), Target.OWN));
        RULES.put(
                "GET /public-reports/{id}/photos/{photoId}",
                new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT, Who.GOV), Target.OWN));
        RULES.put(
                "GET /public-reports/{id}/photos/{photoId}/thumb",
                new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT, Who.GOV), Target.OWN));
        RULES.put("POST /public-reports/{id}/identity", new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT), Target.CASE));
        RULES.put("POST /public-reports/{id}/dismissal", new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT), Target.CASE));
        RULES.put("POST /public-reports/{id}/transfer", new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT), Target.CASE));
        // Its reward: proposed and marked paid by the handlers, approved by the department's supervisor.
        RULES.put("POST /public-reports/{id}/reward", new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT), Target.CASE));
        RULES.put("POST /public-reports/{id}/reward/decision", new Rule(EnumSet.of(Who.DEPT), Target.CASE));
        RULES.put(
                "POST /public-reports/{id}/reward/payment", new Rule(EnumSet.of(Who.INSPECTOR, Who.DEPT), Target.CASE));
        RULES.put("GET /hazards", signedIn());
        RULES.put("GET /hazards/export.{format}", signedIn());
        RULES.put("GET /hazards/new", object(covering(Who.INSPECTOR, Who.SAFETY)));
        RULES.put("POST /hazards", object(covering(Who.INSPECTOR, Who.SAFETY)));
        RULES.put("GET /hazards/{id}", object(all));
        RULES.put("GET /hazards/{id}/photos/{photoId}", object(all));
        RULES.put("GET /hazards/{id}/photos/{photoId}/thumb", object(all));
        // A photo kept from a refused form is its uploader's only.
        RULES.put("GET /hazards/uploads/{uploadId}", new Rule(EnumSet.of(Who.SAFETY), Target.OWN));
        RULES.put("GET /hazards/uploads/{uploadId}/thumb", new Rule(EnumSet.of(Who.SAFETY), Target.OWN));
        RULES.put("POST /hazards/{id}/plan", object(covering(Who.SAFETY)));
        RULES.put("POST /hazards/{id}/evidence", object(covering(Who.SAFETY)));
        RULES.put("POST /hazards/{id}/extensions", object(covering(Who.SAFETY)));
        // The department that found it accepts, rejects and decides extensions (its inspectors and supervisors).
        RULES.put("POST /hazards/{id}/extensions/decision", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("POST /hazards/{id}/accept", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("POST /hazards/{id}/reject", object(covering(Who.INSPECTOR, Who.DEPT)));
        // Inspectors and supervisors of departments and governments urge what their scope holds.
        RULES.put("POST /hazards/{id}/urge", object(covering(Who.INSPECTOR, Who.DEPT, Who.GOV)));
        // The enterprise's own safety managers file its major-hazard report; the others in scope are refused.
        RULES.put("POST /hazards/{id}/major-report", object(covering(Who.SAFETY)));
        RULES.put("POST /hazards/{id}/listing", object(covering(Who.GOV)));
        RULES.put("GET /hazards/{id}/listing-notice", object(all));
        // A major hazard's closing: the enterprise evaluates and applies, the department that found it
        // decides the restart and verifies the write-off, the government that listed it approves.
        RULES.put("POST /hazards/{id}/closing/evaluation", object(covering(Who.SAFETY)));
        RULES.put("POST /hazards/{id}/closing/restart", object(covering(Who.SAFETY)));
        RULES.put("POST /hazards/{id}/closing/write-off", object(covering(Who.SAFETY)));
        RULES.put("POST /hazards/{id}/closing/restart/decision", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("POST /hazards/{id}/closing/write-off/check", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("POST /hazards/{id}/closing/write-off/decision", object(covering(Who.GOV)));
        RULES.put("GET /overdue", signedIn());
        RULES.put("GET /overdue/export.{format}", signedIn());

        RULES.put("GET /inspections", signedIn());
        RULES.put("GET /inspections/new", object(covering(Who.INSPECTOR, Who.SAFETY)));
        RULES.put("POST /inspections", object(covering(Who.INSPECTOR, Who.SAFETY)));
        RULES.put("GET /inspections/{id}", object(all));
        RULES.put("POST /inspections/{id}", object(covering(Who.INSPECTOR)));
        RULES.put("GET /inspections/{id}/notice", object(all));
        // A checklist item's photo is seen by whoever sees the inspection.
        RULES.put("GET /inspections/{id}/photos/{photoId}", object(all));
        RULES.put("GET /inspections/{id}/photos/{photoId}/thumb", object(all));
        RULES.put("POST /inspections/{id}/notice", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("GET /inspections/{id}/reinspections/new", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("POST /inspections/{id}/reinspections", object(covering(Who.INSPECTOR, Who.DEPT)));
        RULES.put("GET /inspections/{id}/reinspections/{reinspectionId}", object(all));

        RULES.put("GET /campaigns", signedIn());
        RULES.put("GET /campaigns/new", only(EnumSet.of(Who.DEPT, Who.OTHER_DEPT, Who.GOV, Who.SIBLING_GOV)));
        RULES.put("POST /campaigns", only(EnumSet.of(Who.DEPT, Who.OTHER_DEPT, Who.GOV, Who.SIBLING_GOV)));
        RULES.put("GET /campaigns/{id}", object(all));
        RULES.put(
                "GET /campaigns/{id}/targets",
                object(covering(Who.ADMIN, Who.REGION_ADMIN, Who.INSPECTOR, Who.DEPT, Who.GOV)));
        RULES.put(
                "GET /campaigns/{id}/summary",
                object(covering(Who.ADMIN, Who.REGION_ADMIN, Who.INSPECTOR, Who.DEPT, Who.GOV)));
        RULES.put(
                "GET /campaigns/{id}/board.xlsx",
                object(covering(Who.ADMIN, Who.REGION_ADMIN, Who.INSPECTOR, Who.DEPT, Who.GOV)));
        RULES.put("POST /campaigns/{id}/assign", object(covering(Who.DEPT, Who.GOV)));
        RULES.put("POST /campaigns/{id}/urge", object(covering(Who.DEPT, Who.GOV)));
        RULES.put("POST /campaigns/{id}/self-inspection", object(covering(Who.SAFETY)));
        RULES.put("POST /campaigns/{id}/visits/{enterpriseId}", object(covering(Who.INSPECTOR)));

        Set<Who> admins = ADMINS;
        Set<Who> global = EnumSet.of(Who.ADMIN);
        RULES.put("GET /admin", only(admins));
        RULES.put("GET /admin/audit", only(admins));
        RULES.put("GET /admin/responsibilities/gaps", only(admins));
        RULES.put("GET /admin/import/{kind}", only(admins));
        RULES.put("GET /admin/import/{kind}/template.csv", only(admins));
        RULES.put("GET /admin/import/{kind}/template.xlsx", only(admins));
        RULES.put("POST /admin/import/{kind}", only(admins));
        // Every administrator reads the industry catalogue and the checklist templates; a global one edits them.
        RULES.put("GET /admin/industries", only(admins));
        RULES.put("GET /admin/industries/new", only(admins));
        RULES.put("GET /admin/industries/{code}", only(admins));
        RULES.put("POST /admin/industries", only(global));
        RULES.put("GET /admin/risk-thresholds", only(admins));
        RULES.put("POST /admin/risk-thresholds", only(global));
        RULES.put("POST /admin/industries/{code}", only(global));
        RULES.put("GET /admin/regions", only(admins));
        RULES.put("GET /admin/regions/new", only(admins));
        RULES.put("GET /admin/regions/{code}", administered());
        RULES.put("POST /admin/regions", only(admins));
        RULES.put("POST /admin/regions/{code}", administered());
        RULES.put("POST /admin/regions/{code}/delete", administered());
        RULES.put("POST /admin/regions/{code}/move", administered());
        RULES.put("GET /admin/templates", only(admins));
        RULES.put("GET /admin/templates/new", only(admins));
        RULES.put("GET /admin/templates/{id}", only(admins));
        RULES.put("POST /admin/templates", only(global));
        RULES.put("POST /admin/templates/{id}", only(global));
        RULES.put("POST /admin/templates/{id}/copy", only(global));
        RULES.put("GET /admin/units", only(admins));
        RULES.put("GET /admin/units/export.xlsx", only(admins));
        RULES.put("GET /admin/units/new", only(admins));
        RULES.put("GET /admin/units/{id}", administered());
        RULES.put("GET /admin/units/{id}/responsibilities", administered());
        RULES.put("POST /admin/units", only(admins));
        RULES.put("POST /admin/units/{id}", administered());
        RULES.put("POST /admin/units/{id}/active", administered());
        RULES.put("POST /admin/units/{id}/delete", administered());
        RULES.put("GET /admin/users", only(admins));
        RULES.put("GET /admin/users/export.xlsx", only(admins));
        RULES.put("GET /admin/users/new", only(admins));
        RULES.put("GET /admin/users/unit-options", only(admins));
        RULES.put("GET /admin/users/{id}", administered());
        RULES.put("POST /admin/users", only(admins));
        RULES.put("POST /admin/users/{id}", administered());
        RULES.put("POST /admin/users/{id}/enabled", administered());
        RULES.put("POST /admin/users/{id}/password", administered());
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    JdbcClient jdbc;

    /** The endpoints Spring MVC serves, as "METHOD /pattern". */
    List<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page, shown to everyone
                }
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                } else {
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    @Test
    void everyEndpointHasARule() {
        assertThat(endpoints())
                .allSatisfy(e -> assertThat(RULES).as("access rule for " + e).containsKey(e));
    }

    @Test
    void everyoneGetsWhatTheRuleSaysAtEveryEndpoint() throws IOException {
        Map<String, String> values = objects();
        Map<String, String> wrong = new TreeMap<>();
        int cases = 0;
        // First everything that must be refused: it must leave the database as it was and show
        // nothing of the objects; then everything that is allowed.
        String before = fingerprint();
        for (boolean allowed : new boolean[] {false, true}) {
            for (String endpoint : endpoints()) {
                Rule rule = RULES.get(endpoint);
                if (rule == null) {
                    continue;
                }
                for (Who who : Who.values()) {
                    String expected = rule.expected(who);
                    if (expected.equals("ok") != allowed) {
                        continue;
                    }
                    Outcome actual = outcome(endpoint, who, values);
                    cases++;
                    if (!actual.code().equals(expected)
                            && !(allowed && actual.code().startsWith("ok"))) {
                        wrong.put(endpoint + " as " + who, "expected " + expected + ", got " + actual.code());
                    }
                    if (!allowed && SECRETS.stream().anyMatch(actual.body()::contains)) {
                        wrong.put(endpoint + " as " + who, "refused, but the page shows the object's data");
                    }
                }
            }
            if (!allowed) {
                assertThat(fingerprint())
                        .as("the database after every refused request")
                        .isEqualTo(before);
            }
        }
        System.out.println("Access matrix: " + cases + " endpoint × user cases");
        assertThat(wrong)
                .as("endpoint × user outcomes that differ from the rules")
                .isEmpty();
    }

    /** Values no form expects: markup, SQL, control characters, huge and malformed numbers and dates. */
    static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>",
            "' OR 1=1; drop table hazard; --",
            "\u0000\u0007\u202e控制字符",
            "x".repeat(10_000),
            "-1",
            "99999999999999999999",
            "2147483647",
            "1e309",
            "2026-13-45",
            "9999-12-31",
            "NOT_A_VALUE",
            "../../etc/passwd");

    /** Admin actions whose real object must not be harmed: only their path is fed hostile values. */
    static boolean destructive(String endpoint) {
        return endpoint.startsWith("POST /admin/")
                && (endpoint.endsWith("/delete")
                        || endpoint.endsWith("/active")
                        || endpoint.endsWith("/enabled")
                        || endpoint.endsWith("/password")
                        || endpoint.endsWith("/move"));
    }

    /**
     * Every endpoint, as someone allowed to use it, with every parameter its handler reads (request
     * parameters and form fields) set to each hostile value, and then with each path variable set to
     * them: a 4xx or a page with a message, never a 500 and never an unhandled exception.
     */
    @Test
    void hostileInputNeverBreaksAnEndpoint() throws IOException {
        Map<String, String> values = objects();
        Map<String, Set<String>> parameters = parameterNames();
        assertThat(parameters.get("POST /hazards")).contains("description", "grade", "enterpriseId");
        assertThat(parameters.get("GET /hazards")).contains("q", "reportedFrom", "campaign", "overdue", "mine");
        assertThat(parameters.get("GET /overdue")).contains("q", "grade", "region");
        assertThat(parameters.get("GET /admin/units")).contains("q", "type", "supervisor");
        assertThat(parameters.get("GET /enterprises")).contains("q", "risk", "industry");
        assertThat(parameters.get("POST /campaigns")).contains("title", "creditCodes", "endsOn");
        assertThat(parameters.get("POST /hazards/{id}/plan")).contains("version");
        Map<String, String> broken = new TreeMap<>();
        int cases = 0;
        for (String endpoint : endpoints()) {
            Rule rule = RULES.get(endpoint);
            Who who = Arrays.stream(Who.values())
                    .filter(w -> w != Who.ANONYMOUS && rule.allowed().contains(w))
                    .findFirst()
                    .orElse(null);
            if (who == null) {
                continue;
            }
            for (String hostile : HOSTILE) {
                if (!destructive(endpoint)) {
                    Map<String, String> params = new LinkedHashMap<>(params(endpoint, values));
                    parameters.getOrDefault(endpoint, Set.of()).forEach(name -> params.put(name, hostile));
                    cases++;
                    String code = send(endpoint, who, values, params);
                    if (code.startsWith("5") || code.startsWith("exception")) {
                        broken.put(endpoint + " params=" + abbreviate(hostile), code);
                    }
                }
                if (VARIABLE.matcher(endpoint).find()) {
                    Map<String, String> hostileValues = new LinkedHashMap<>();
                    values.forEach((k, v) -> hostileValues.put(k, k.contains("{") ? encode(hostile) : v));
                    cases++;
                    String code = send(endpoint, who, hostileValues, params(endpoint, values));
                    if (code.startsWith("5") || code.startsWith("exception")) {
                        broken.put(endpoint + " path=" + abbreviate(hostile), code);
                    }
                }
            }
        }
        // A list index far beyond any list (the binder grows lists up to 256 entries).
        for (String index : List.of("300", "99999999", "-1")) {
            cases++;
            String code = outcomeWith(
                            "POST /admin/templates",
                            Who.ADMIN,
                            values,
                            Map.of("name", "越界", "items[" + index + "].text", "x"))
                    .code();
            if (code.startsWith("5") || code.startsWith("exception")) {
                broken.put("POST /admin/templates items[" + index + "]", code);
            }
        }
        System.out.println("Hostile input: " + cases + " requests");
        assertThat(broken).as("requests that broke an endpoint").isEmpty();
    }

    /** Every form post without its CSRF token is refused, by anyone, and changes nothing. */
    @Test
    void noPostWithoutItsCsrfToken() throws IOException {
        Map<String, String> values = objects();
        String before = fingerprint();
        List<String> accepted = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (!endpoint.startsWith("POST ")) {
                continue;
            }
            Rule rule = RULES.get(endpoint);
            for (Who who : Who.values()) {
                if (who == Who.ANONYMOUS || !rule.allowed().contains(who)) {
                    continue;
                }
                String pattern = endpoint.substring("POST ".length());
                Matcher m = VARIABLE.matcher(pattern);
                StringBuilder uri = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(uri, Matcher.quoteReplacement(valueFor(values, pattern, m)));
                }
                m.appendTail(uri);
                var request = mvc.post()
                        .uri(URI.create(uri.toString()))
                        .with(user(userDetails.loadUserByUsername(who.username)));
                for (Map.Entry<String, String> param : params(endpoint, values).entrySet()) {
                    request = request.param(param.getKey(), param.getValue());
                }
                int status = request.exchange().getResponse().getStatus();
                if (status != 403) {
                    accepted.add(endpoint + " as " + who + ": " + status);
                }
                break;
            }
        }
        assertThat(accepted).as("posts accepted without a CSRF token").isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * Every POST endpoint, as the first user allowed to use it, sent twice at the same moment with
     * the same form (the same one-time token and version), as a double click or two tabs would:
     * neither answer is a 500, and the pair changes the database exactly as one of them alone does
     * (measured against the same request sent once, on objects prepared the same way).
     */
    @Test
    void everyPostSentTwiceAtOnceTakesEffectOnce() throws Exception {
        Map<String, String> broken = new TreeMap<>();
        int endpoints = 0;
        Map<String, String> base = objects();
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            for (String endpoint : endpoints()) {
                if (!endpoint.startsWith("POST ") || endpoint.equals("POST /profile/password")) {
                    continue;
                }
                Who who = Arrays.stream(Who.values())
                        .filter(w -> w != Who.ANONYMOUS
                                && RULES.get(endpoint).allowed().contains(w))
                        .findFirst()
                        .orElseThrow();
                endpoints++;
                long[] once = effect(endpoint, who, 1, base, pair, broken);
                long[] twice = effect(endpoint, who, 2, base, pair, broken);
                System.out.println("Double post " + endpoint + " as " + who + ": " + Arrays.toString(once));
                if (!Arrays.equals(once, twice)) {
                    broken.put(
                            endpoint,
                            "one request changed " + Arrays.toString(once) + ", two at once " + Arrays.toString(twice));
                }
            }
        } finally {
            pair.shutdownNow();
        }
        System.out.println("Double posts: " + endpoints + " endpoints");
        assertThat(broken).as("posts that broke or took effect twice").isEmpty();
    }

    /**
     * Prepares fresh objects where the step changes them, sends the endpoint's effective form n times
     * at once, returns the change.
     */
    long[] effect(
            String endpoint,
            Who who,
            int times,
            Map<String, String> base,
            ExecutorService pool,
            Map<String, String> broken)
            throws Exception {
        Map<String, String> values = new LinkedHashMap<>(base);
        Map<String, String> params = effective(endpoint, values);
        long[] before = counts();
        List<Future<Outcome>> sent = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < times; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return outcomeWith(endpoint, who, values, params);
            }));
        }
        start.countDown();
        for (var answer : sent) {
            String code = answer.get(60, TimeUnit.SECONDS).code();
            if (code.startsWith("5") || code.startsWith("exception")) {
                broken.put(endpoint + " ×" + times, code);
            }
        }
        long[] after = counts();
        long[] change = new long[after.length];
        for (int i = 0; i < after.length; i++) {
            change[i] = after[i] - before[i];
        }
        return change;
    }

    long[] counts() {
        return Arrays.stream(fingerprint().split("\\|"))
                .mapToLong(v -> v.isEmpty() ? 0 : Long.parseLong(v))
                .toArray();
    }

    /**
     * A form that takes effect: the objects brought to the state the step needs (a fresh general
     * hazard planned, rectified or with an extension pending; an inspection completed), the current
     * versions, and a one-time token for creates.
     */
    Map<String, String> effective(String endpoint, Map<String, String> values) throws IOException {
        Map<String, String> params = new LinkedHashMap<>(params(endpoint, values));
        String token = UUID.randomUUID().toString();
        var safety = user(userDetails.loadUserByUsername(Who.SAFETY.username));
        var inspector = user(userDetails.loadUserByUsername(Who.INSPECTOR.username));
        String deadline = Today.date().plusDays(10).toString();
        switch (endpoint) {
            case "POST /hazards", "POST /inspections", "POST /admin/templates/{id}/copy" ->
                params.put("_submission", token);
            case "POST /report" -> {
                params.put("enterpriseId", values.get("enterprise"));
                params.put("location", "双击测试");
                params.put("description", "双击举报" + token.substring(0, 8));
                params.put("anonymous", "true");
                params.put("draftKey", token);
            }
            case "POST /public-reports/{id}/reward",
                    "POST /public-reports/{id}/reward/decision",
                    "POST /public-reports/{id}/reward/payment" -> {
                String id = rewardedPublicReport(values, endpoint);
                values.put("/public-reports/{id}", id);
                params.put(
                        "version",
                        jdbc.sql("select version from public_report where id = " + id)
                                .query(Long.class)
                                .single()
                                .toString());
                params.put("fine", "10000");
                params.put("approve", "true");
                params.put("reference", "双击凭证");
                params.put("_submission", token);
            }
            case "POST /public-reports/{id}/identity" -> values.put("/public-reports/{id}", publicReport(values)[0]);
            case "POST /accidents", "POST /accidents/{id}/investigation", "POST /accidents/{id}/accountability" ->
                params.put("_submission", token);
            case "POST /accidents/{id}/reports" -> {
                params.put(
                        "version",
                        jdbc.sql("select version from accident where id = " + values.get("/accidents/{id}"))
                                .query(Long.class)
                                .single()
                                .toString());
                params.put("_submission", token);
            }
            // A day of its own each time: the pair adds it once.
            case "POST /duty" ->
                params.put(
                        "from",
                        Today.date()
                                .plusDays(1000 + DUTY_DAYS.incrementAndGet())
                                .toString());
            case "POST /duty/{id}/removal" -> values.put("/duty/{id}", dutyShift(values.get("dutyPerson")));
            case "POST /public-reports/{id}/dismissal" -> {
                String[] fresh = publicReport(values);
                values.put("/public-reports/{id}", fresh[0]);
                params.put("version", "0");
                params.put("reply", "双击答复");
                params.put("_submission", token);
            }
            case "POST /public-reports/{id}/transfer" -> {
                String[] fresh = publicReport(values);
                values.put("/public-reports/{id}", fresh[0]);
                params.put("version", "0");
                params.put("toUnitId", values.get("emergencyDepartment"));
                params.put("reason", "双击转办");
                params.put("_submission", token);
            }
            case "POST /enterprises/{id}/risks/objects", "POST /enterprises/{id}/risks/units" -> {
                params.put("name", "双击" + token.substring(0, 8));
                params.put("_submission", token);
            }
            case "POST /risks/units/{id}/events", "POST /risks/units/{id}/measures", "POST /risks/units/{id}/tasks" ->
                params.put("_submission", token);
            case "POST /investigations/{taskId}/normal", "POST /risks/units/{id}/tasks/{taskId}/stop" ->
                values.put("{taskId}", investigationTask(values));
            case "POST /admin/templates" -> {
                params.put("name", "双击检查表");
                params.put("items[0].text", "安全出口畅通");
                params.put("_submission", token);
            }
            case "POST /hazards/{id}/plan",
                    "POST /hazards/{id}/evidence",
                    "POST /hazards/{id}/extensions",
                    "POST /hazards/{id}/extensions/decision",
                    "POST /hazards/{id}/accept",
                    "POST /hazards/{id}/reject" -> {
                String hazard = generalHazard(values);
                if (!endpoint.endsWith("/plan")) {
                    step(safety, hazard, "plan", "measures", "整改", "responsiblePerson", "张三", "deadline", deadline);
                }
                if (endpoint.endsWith("/decision")) {
                    step(
                            safety,
                            hazard,
                            "extensions",
                            "newDeadline",
                            Today.date().plusDays(20).toString(),
                            "reason",
                            "延期");
                }
                if (endpoint.endsWith("/accept") || endpoint.endsWith("/reject")) {
                    step(safety, hazard, "evidence", "evidence", "已整改");
                }
                switch (endpoint.substring(endpoint.lastIndexOf('/') + 1)) {
                    case "plan" -> {
                        params.put("measures", "整改");
                        params.put("responsiblePerson", "张三");
                        params.put("deadline", deadline);
                    }
                    case "evidence" -> params.put("evidence", "已整改");
                    case "extensions" -> {
                        params.put("newDeadline", Today.date().plusDays(20).toString());
                        params.put("reason", "延期");
                    }
                    case "decision" -> params.put("approve", "true");
                    case "reject" -> params.put("reason", "不合格");
                    default -> {}
                }
                params.put("version", version("hazard", hazard));
            }
            case "POST /hazards/{id}/urge" -> generalHazard(values);
            case "POST /reports/statistics/{enterpriseId}/{period}" -> {
                values.put("{period}", unreportedYear(values));
                params.put("funds", "3.5");
                params.put("confirm", "true");
            }
            case "POST /reports/regional/{period}" ->
                values.put(
                        "/reports/regional/{period}",
                        jdbc.sql("select max(y) || '-Q1' from generate_series(2000, 2025) y where not exists"
                                        + " (select 1 from regional_report r where r.region_code = '970101'"
                                        + " and r.year = y and r.quarter = 1)")
                                .query(String.class)
                                .single());
            case "POST /reports/statistics/{enterpriseId}/{period}/urge" ->
                values.put("{period}", unreportedYear(values));
            case "POST /hazards/{id}/closing/evaluation",
                    "POST /hazards/{id}/closing/restart",
                    "POST /hazards/{id}/closing/restart/decision",
                    "POST /hazards/{id}/closing/write-off",
                    "POST /hazards/{id}/closing/write-off/check",
                    "POST /hazards/{id}/closing/write-off/decision" -> {
                String step = endpoint.substring("POST /hazards/{id}/closing/".length());
                String hazard = closingHazard(values, step);
                switch (step) {
                    case "evaluation" -> evaluation(params, false);
                    case "restart", "write-off" -> params.put("text", "申请");
                    default -> params.put("approve", "true");
                }
                params.put("version", version("hazard", hazard));
            }
            case "POST /hazards/{id}/major-report" -> {
                String hazard = freshHazard(values, "MAJOR");
                params.put("presentState", "储罐腐蚀");
                params.put("danger", "可致火灾");
                params.put("treatment", "更换储罐");
                params.put("version", version("hazard", hazard));
            }
            case "POST /notifications/{id}/read" -> {
                generalHazard(values);
                values.put(
                        "/notifications/{id}",
                        jdbc.sql("select max(n.id) from notification n join app_user u"
                                        + " on u.id = n.recipient_id where u.username = :u")
                                .param("u", Who.SAFETY.username)
                                .query(Long.class)
                                .single()
                                .toString());
            }
            case "POST /campaigns/{id}/assign",
                    "POST /campaigns/{id}/urge",
                    "POST /campaigns/{id}/self-inspection",
                    "POST /campaigns/{id}/visits/{enterpriseId}" -> {
                MvcTestResult launched = mvc.post()
                        .uri("/campaigns")
                        .param("title", "双击测试专项")
                        .param("reason", "双击")
                        .param("templateId", values.get("/admin/templates/{id}"))
                        .param("startsOn", Today.date().toString())
                        .param("endsOn", Today.date().plusDays(1).toString())
                        .param("mode", "BOTH")
                        .param("creditCodes", creditCode(Long.valueOf(values.get("enterprise"))))
                        .param("industryCodes", "T_COMMERCE")
                        .param("regionCode", "970101")
                        .with(user(userDetails.loadUserByUsername(Who.GOV.username)))
                        .with(csrf())
                        .exchange();
                values.put(
                        "/campaigns/{id}",
                        launched.getResponse().getRedirectedUrl().replace("/campaigns/", ""));
                if (!endpoint.endsWith("/assign")) {
                    mvc.post()
                            .uri("/campaigns/" + values.get("/campaigns/{id}") + "/assign")
                            .param("enterprise", values.get("enterprise"))
                            .param("inspector", values.get("inspectorId"))
                            .with(user(userDetails.loadUserByUsername(Who.GOV.username)))
                            .with(csrf())
                            .exchange();
                }
            }
            case "POST /hazards/{id}/listing" -> {
                freshHazard(values, "MAJOR");
                params.put("version", version("hazard", values.get("/hazards/{id}")));
                params.put("listingDeadline", Today.date().plusDays(30).toString());
                params.put("listingNote", "挂牌督办");
            }
            case "POST /inspections/{id}" -> {
                freshInspection(values);
                params.put("version", version("inspection", values.get("/inspections/{id}")));
                params.put("outcome_" + item(values), "PASS");
            }
            case "POST /inspections/{id}/reinspections" -> {
                String inspection = freshInspection(values);
                String hazard = noticed(values, inspection);
                values.put("/inspections/{id}/reinspections {id}", inspection);
                params.put("reinspectedOn", Today.date().toString());
                params.put("inspectors", "矩阵检查员");
                params.put("result_" + hazard, "RECTIFIED");
                params.put("_submission", token);
            }
            case "POST /inspections/{id}/notice" -> {
                String inspection = freshInspection(values);
                mvc.post()
                        .uri("/inspections/" + inspection)
                        .param("version", version("inspection", inspection))
                        .param("outcome_" + item(values), "FAIL")
                        .param("note_" + item(values), "东侧安全出口堵塞")
                        .param("complete", "true")
                        .with(inspector)
                        .with(csrf())
                        .exchange();
                params.put("requirements", "限期整改");
                params.put("deadline", deadline);
                params.put("reinspection", Today.date().plusDays(12).toString());
                params.put("_submission", token);
            }
            case "POST /campaigns" -> {
                params.put("title", "双击测试专项");
                params.put("reason", "双击");
                params.put("startsOn", Today.date().toString());
                params.put("endsOn", Today.date().plusDays(1).toString());
                params.put("mode", "BOTH");
                params.put("regionCode", "970101");
                params.put("industryCodes", "T_COMMERCE");
                params.put("templateId", values.get("/admin/templates/{id}"));
                params.put("creditCodes", creditCode(Long.valueOf(values.get("enterprise"))));
                params.put("_submission", token);
            }
            case "POST /admin/regions" -> {
                params.put("parentCode", "970101");
                params.put("code", freeTown());
                params.put("nameZh", "双击镇");
                params.put("nameEn", "Double Town");
                params.put("_submission", token);
            }
            case "POST /admin/industries" -> {
                params.put(
                        "code",
                        "T_DOUBLE_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT));
                params.put("nameZh", "双击行业");
                params.put("nameEn", "Double industry");
                params.put("_submission", token);
            }
            case "POST /admin/units" -> {
                String first17 = "91970101" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
                params.put("type", "ENTERPRISE");
                params.put("name", "双击企业");
                params.put("creditCode", first17 + CreditCode.checkCharacter(first17));
                params.put("regionCode", "970101001");
                params.put("industryCodes", "T_COMMERCE");
                params.put("riskLevel", "BLUE");
                params.put("_submission", token);
            }
            case "POST /admin/users" -> {
                params.put("username", "t-double-" + Long.toString(System.nanoTime(), 36));
                params.put("displayName", "双击用户");
                params.put("unitId", values.get("enterprise"));
                params.put("roles", "ENTERPRISE_MANAGER");
                params.put("password", "Double2026password");
                params.put("_submission", token);
            }
            default -> {}
        }
        return params;
    }

    /** A fresh general hazard the matrix's inspector found at the mall (the path's hazard from now on). */
    String generalHazard(Map<String, String> values) {
        return freshHazard(values, "GENERAL");
    }

    String freshHazard(Map<String, String> values, String grade) {
        MvcTestResult reported = mvc.post()
                .uri("/hazards")
                .param("enterpriseId", values.get("enterprise"))
                .param("location", "双击测试")
                .param("description", "双击测试隐患")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", grade)
                .param("legalBasis", "《消防法》第二十八条")
                .with(user(userDetails.loadUserByUsername(Who.INSPECTOR.username)))
                .with(csrf())
                .exchange();
        String hazard = reported.getResponse().getRedirectedUrl().replace("/hazards/", "");
        values.put("/hazards/{id}", hazard);
        return hazard;
    }

    /** A year whose table the mall has neither signed nor been urged for: the first from 2025 down. */
    String unreportedYear(Map<String, String> values) {
        return jdbc.sql("select max(y)::text from generate_series(2000, 2025) y where not exists (select 1 from"
                        + " statistics_report t where t.enterprise_id = :e and t.year = y and t.quarter = 0)"
                        + " and not exists (select 1 from statistics_urge t where t.enterprise_id = :e"
                        + " and t.year = y and t.quarter = 0)")
                .param("e", Long.valueOf(values.get("enterprise")))
                .query(String.class)
                .single();
    }

    /** A fresh major hazard brought to the closing step before {@code step}: listed when it is a write-off. */
    String closingHazard(Map<String, String> values, String step) {
        var safety = user(userDetails.loadUserByUsername(Who.SAFETY.username));
        var inspector = user(userDetails.loadUserByUsername(Who.INSPECTOR.username));
        String hazard = freshHazard(values, "MAJOR");
        boolean writeOff = step.startsWith("write-off");
        if (writeOff) {
            step(
                    user(userDetails.loadUserByUsername(Who.GOV.username)),
                    hazard,
                    "listing",
                    "listingDeadline",
                    Today.date().plusDays(30).toString(),
                    "listingNote",
                    "挂牌督办");
        }
        step(
                safety,
                hazard,
                "plan",
                "measures",
                "整改",
                "responsiblePerson",
                "张三",
                "deadline",
                Today.date().plusDays(10).toString(),
                "funds",
                "5 万元",
                "interimMeasures",
                "警戒",
                "emergencyPlan",
                "预案");
        step(safety, hazard, "evidence", "evidence", "已整改");
        if (step.equals("evaluation")) {
            return hazard;
        }
        Map<String, String> evaluation = new LinkedHashMap<>();
        evaluation(evaluation, !writeOff);
        step(
                safety,
                hazard,
                "closing/evaluation",
                evaluation.entrySet().stream()
                        .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                        .toArray(String[]::new));
        if (step.equals("restart") || step.equals("write-off")) {
            return hazard;
        }
        if (step.equals("restart/decision")) {
            step(safety, hazard, "closing/restart", "text", "申请恢复生产");
            return hazard;
        }
        step(safety, hazard, "closing/write-off", "text", "申请摘牌销号");
        if (step.equals("write-off/decision")) {
            step(inspector, hazard, "closing/write-off/check", "approve", "true");
        }
        return hazard;
    }

    static void evaluation(Map<String, String> params, boolean productionStopped) {
        params.put("evaluatorKind", "EXPERTS");
        params.put("evaluator", "矩阵专家组");
        params.put("evaluatedOn", Today.date().toString());
        params.put("conclusion", "隐患已消除");
        params.put("productionStopped", String.valueOf(productionStopped));
    }

    void step(RequestPostProcessor who, String hazard, String action, String... params) {
        var request = mvc.post()
                .uri("/hazards/" + hazard + "/" + action)
                .param("version", version("hazard", hazard))
                .with(who)
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request.exchange()).as(action).hasStatus3xxRedirection();
    }

    /** Completes a fresh inspection with a finding, issues its notice; returns the id of the hazard named. */
    String noticed(Map<String, String> values, String inspection) {
        var inspector = user(userDetails.loadUserByUsername(Who.INSPECTOR.username));
        mvc.post()
                .uri("/inspections/" + inspection)
                .param("version", version("inspection", inspection))
                .param("outcome_" + item(inspection), "FAIL")
                .param("note_" + item(inspection), "东侧安全出口堵塞")
                .param("complete", "true")
                .with(inspector)
                .with(csrf())
                .exchange();
        assertThat(mvc.post()
                        .uri("/inspections/" + inspection + "/notice")
                        .param("requirements", "限期整改")
                        .param("deadline", Today.date().plusDays(10).toString())
                        .param("reinspection", Today.date().plusDays(12).toString())
                        .with(inspector)
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        return jdbc.sql("select id from hazard where inspection_id = :id")
                .param("id", Long.valueOf(inspection))
                .query(Long.class)
                .single()
                .toString();
    }

    /** A noticed inspection re-inspected once, its hazard not rectified; returns the re-inspection's id. */
    String reinspected(Map<String, String> values, String inspection) {
        String hazard = noticed(values, inspection);
        MvcTestResult recorded = mvc.post()
                .uri("/inspections/" + inspection + "/reinspections")
                .param("reinspectedOn", Today.date().toString())
                .param("inspectors", "矩阵检查员")
                .param("result_" + hazard, "NOT_RECTIFIED")
                .param("note_" + hazard, "仍堵塞")
                .param("newDeadline", Today.date().plusDays(5).toString())
                .param("nextReinspection", Today.date().plusDays(6).toString())
                .with(user(userDetails.loadUserByUsername(Who.INSPECTOR.username)))
                .with(csrf())
                .exchange();
        String location = recorded.getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A fresh draft inspection of the mall by the matrix's inspector (the path's from now on). */
    String freshInspection(Map<String, String> values) {
        MvcTestResult inspected = mvc.post()
                .uri("/inspections")
                .param("enterpriseId", values.get("enterprise"))
                .param("templateId", values.get("/admin/templates/{id}"))
                .param("type", "ROUTINE")
                .param("inspectedOn", Today.date().toString())
                .param("inspectors", "矩阵检查员")
                .with(user(userDetails.loadUserByUsername(Who.INSPECTOR.username)))
                .with(csrf())
                .exchange();
        String inspection = inspected.getResponse().getRedirectedUrl().replace("/inspections/", "");
        values.put("/inspections/{id}", inspection);
        return inspection;
    }

    String version(String table, String id) {
        return jdbc.sql("select version from " + table + " where id = :id")
                .param("id", Long.valueOf(id))
                .query(Long.class)
                .single()
                .toString();
    }

    String item(Map<String, String> values) {
        return item(values.get("/inspections/{id}"));
    }

    String item(String inspection) {
        return jdbc.sql("select i.id from checklist_item i join inspection n on n.template_id = i.template_id"
                        + " where n.id = :id")
                .param("id", Long.valueOf(inspection))
                .query(Long.class)
                .single()
                .toString();
    }

    String freeTown() {
        for (int i = 0; ; i++) {
            String code = "970101" + String.format("%03d", Math.floorMod(System.nanoTime() + i, 1000L));
            if (jdbc.sql("select count(*) from region where code = :c")
                            .param("c", code)
                            .query(Long.class)
                            .single()
                    == 0) {
                return code;
            }
        }
    }

    /** The request parameters and form fields each endpoint's handler reads. */
    Map<String, Set<String>> parameterNames() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> params = new TreeSet<>();
            for (var parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                var requestParam = parameter.getParameterAnnotation(RequestParam.class);
                var modelAttribute = parameter.getParameterAnnotation(ModelAttribute.class);
                Class<?> type = parameter.getParameterType();
                if (requestParam != null && !Map.class.isAssignableFrom(type)) {
                    String name = requestParam.name().isEmpty() ? requestParam.value() : requestParam.name();
                    params.add(name.isEmpty() ? parameter.getParameterName() : name);
                } else if (type.isRecord()
                        && type.getPackageName().startsWith("app.redline")
                        && type != Scope.class
                        && parameter.getParameterAnnotations().length <= 1) {
                    // A filter bound through its constructor: each component under its request name.
                    Class<?>[] types = Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new);
                    try {
                        for (var component : type.getDeclaredConstructor(types).getParameters()) {
                            BindParam bind = component.getAnnotation(BindParam.class);
                            String name = bind == null ? component.getName() : bind.value();
                            if (!name.equals("-")) {
                                params.add(name);
                            }
                        }
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException(e);
                    }
                } else if (modelAttribute != null
                        || (type.getPackageName().startsWith("app.redline") && !type.isEnum() && !type.isRecord())) {
                    // The form's fields and those it inherits (a step form's version).
                    for (Class<?> form = type; form != null && form != Object.class; form = form.getSuperclass()) {
                        for (var field : form.getDeclaredFields()) {
                            if (!Modifier.isStatic(field.getModifiers())) {
                                params.add(field.getName());
                            }
                        }
                    }
                }
            }
            for (String pattern : info.getPatternValues()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(m -> names.put(m.name() + " " + pattern, params));
            }
        });
        return names;
    }

    String send(String endpoint, Who who, Map<String, String> values, Map<String, String> params) {
        return outcomeWith(endpoint, who, values, params).code();
    }

    static String encode(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }

    /** Text of the objects that a refused request must never show. */
    static final List<String> SECRETS =
            List.of("矩阵测试：安全出口堵塞", "矩阵测试专项整治", "矩阵测试检查表", "矩阵测试：人员踩踏", "矩阵测试风险单元", "矩阵测试：仓库起火");

    /** Counts and version sums of everything a request could change. */
    String fingerprint() {
        return jdbc.sql("select concat_ws('|', (select count(*) from hazard), (select sum(version) from hazard),"
                        + " (select count(*) from hazard_event), (select count(*) from hazard_photo),"
                        + " (select count(*) from hazard_extension), (select count(*) from hazard_urge),"
                        + " (select count(*) from inspection), (select sum(version) from inspection),"
                        + " (select count(*) from rectification_notice), (select count(*) from campaign),"
                        + " (select count(*) from campaign_target where inspector_id is not null or urged_on is not null),"
                        + " (select count(*) from notification), (select count(*) from notification where read_at is not null),"
                        + " (select count(*) from app_user), (select sum(version) from app_user),"
                        + " (select count(*) from unit), (select sum(version) from unit),"
                        + " (select count(*) from region), (select sum(version) from region),"
                        + " (select count(*) from industry), (select sum(version) from industry),"
                        + " (select count(*) from checklist_template), (select count(*) from audit_record),"
                        + " (select count(*) from reinspection), (select count(*) from notice_hazard),"
                        + " (select count(*) from risk_object), (select count(*) from risk_unit),"
                        + " (select sum(version) from risk_unit), (select count(*) from risk_event),"
                        + " (select count(*) from control_measure), (select count(*) from investigation_task),"
                        + " (select count(*) from investigation_record), (select coalesce(sum(done), 0) from investigation_day),"
                        + " (select count(*) from major_hazard_closing), (select count(*) from statistics_report),"
                        + " (select count(*) from statistics_urge), (select count(*) from regional_report),"
                        + " (select count(*) from public_report), (select sum(version) from public_report),"
                        + " (select count(*) from public_report_event), (select count(*) from accident),"
                        + " (select sum(version) from accident), (select count(*) from accident_report),"
                        + " (select count(*) from duty_shift), (select count(*) from accident_investigation),"
                        + " (select count(*) from accountability))")
                .query(String.class)
                .single();
    }

    // ---- running one case ---------------------------------------------------------------------

    static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    record Outcome(String code, String body) {}

    Outcome outcome(String endpoint, Who who, Map<String, String> values) {
        return outcomeWith(endpoint, who, values, params(endpoint, values));
    }

    Outcome outcomeWith(String endpoint, Who who, Map<String, String> values, Map<String, String> params) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        StringBuilder uri = new StringBuilder();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            String key = pattern.substring(0, m.start()) + "{" + m.group(1) + "}";
            String value = valueFor(values, pattern, m);
            assertThat(value).as("a value for " + key).isNotNull();
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        URI target = URI.create(uri.toString());
        var request = method.equals("GET")
                ? mvc.get().uri(target)
                : mvc.post().uri(target).with(csrf());
        request = request.header("Accept-Language", "en");
        if (who.username != null) {
            request = request.with(user(userDetails.loadUserByUsername(who.username)));
        }
        for (Map.Entry<String, String> param : params.entrySet()) {
            request = request.param(param.getKey(), param.getValue());
        }
        MvcTestResult result = request.exchange();
        if (result.getUnresolvedException() != null) {
            return new Outcome(
                    "exception " + result.getUnresolvedException().getClass().getSimpleName(), "");
        }
        int status = result.getResponse().getStatus();
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String location = result.getResponse().getRedirectedUrl();
        if (status == 302 && location != null && location.contains("/login")) {
            return new Outcome("login", body);
        }
        if (status == 403 || status == 404 || status >= 500) {
            return new Outcome(Integer.toString(status), body);
        }
        return new Outcome("ok " + status, body);
    }

    /**
     * The value of a path variable: one given for this very pattern ("pattern {name}"), else for its
     * object path ("/inspections/{id}"), else for the variable's name ("{photoId}").
     */
    static String valueFor(Map<String, String> values, String pattern, Matcher m) {
        String own = values.get(pattern + " {" + m.group(1) + "}");
        if (own != null) {
            return own;
        }
        String key = pattern.substring(0, m.start()) + "{" + m.group(1) + "}";
        return values.getOrDefault(key, values.get("{" + m.group(1) + "}"));
    }

    /** Plausible form values, so that an allowed request passes security and reaches the handler. */
    Map<String, String> params(String endpoint, Map<String, String> values) {
        Map<String, String> params = new LinkedHashMap<>();
        switch (endpoint) {
            case "GET /hazards/new", "GET /inspections/new", "GET /accidents/new" ->
                params.put("enterprise", values.get("enterprise"));
            case "POST /accidents" -> {
                params.put("enterpriseId", values.get("enterprise"));
                params.put("occurredAt", minutesAgo(90));
                params.put("reportedAt", minutesAgo(60));
                params.put("place", "矩阵仓库");
                params.put("type", "FIRE");
                params.put("summary", "矩阵测试：仓库起火");
                params.put("deaths", "0");
                params.put("seriousInjuries", "0");
                params.put("minorInjuries", "1");
                params.put("directLoss", "1.5");
            }
            case "POST /accidents/{id}/reports" -> {
                params.put("kind", "FOLLOW_UP");
                params.put("reportedAt", minutesAgo(5));
                params.put("deaths", "0");
                params.put("seriousInjuries", "0");
                params.put("minorInjuries", "2");
                params.put("directLoss", "2");
                params.put("version", "0");
            }
            case "POST /accidents/{id}/investigation" -> {
                params.put("approvedBy", "矩阵市人民政府");
                params.put("approvedOn", Today.date().toString());
                params.put("nature", "LIABILITY");
                params.put("cause", "矩阵原因");
                params.put("findings", "矩阵认定");
                params.put("measures", "矩阵措施");
            }
            case "POST /accidents/{id}/accountability" -> {
                params.put("subjectKind", "PERSON");
                params.put("subjectName", "矩阵责任人");
                params.put("duty", "矩阵失职");
                params.put("measure", "INTERVIEW");
                params.put("basis", "矩阵依据");
                params.put("decidedBy", "矩阵纪委");
                params.put("decidedOn", Today.date().toString());
            }
            case "POST /duty" -> {
                params.put("from", Today.date().toString());
                params.put("userId", values.get("dutyPerson"));
                params.put("role", "STAFF");
            }
            case "GET /reports/submissions/export.xlsx" -> params.put("period", values.get("{period}"));
            case "POST /hazards" -> {
                params.put("enterpriseId", values.get("enterprise"));
                params.put("location", "矩阵测试");
                params.put("description", "矩阵测试隐患");
                params.put("category", "UNSAFE_CONDITION");
                params.put("grade", "GENERAL");
            }
            case "POST /inspections" -> {
                params.put("enterpriseId", values.get("enterprise"));
                params.put("type", "ROUTINE");
                params.put("inspectedOn", Today.date().toString());
                params.put("inspectors", "矩阵");
            }
            case "POST /enterprises/{id}/risks/objects" -> {
                params.put("name", "矩阵仓库");
                params.put("kind", "STORAGE");
            }
            case "POST /enterprises/{id}/risks/units" -> {
                params.put("objectId", values.get("riskObject"));
                params.put("name", "矩阵货架区");
                params.put("responsiblePerson", "张三");
            }
            case "POST /risks/units/{id}/events" -> {
                params.put("description", "货物坍塌");
                params.put("method", "LS");
                params.put("likelihood", "2");
                params.put("severity", "3");
            }
            case "POST /risks/units/{id}/measures" -> {
                params.put("eventId", values.get("riskEvent"));
                params.put("kind", "BEHAVIOUR");
                params.put("description", "限高堆放");
            }
            case "POST /risks/units/{id}/tasks" -> {
                params.put("measureId", values.get("riskMeasure"));
                params.put("content", "检查堆放高度");
                params.put("cycle", "DAY");
                params.put("post", "仓管员");
            }
            case "POST /investigations/{taskId}/normal" ->
                params.put(
                        "slot",
                        String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                                .toInstant()
                                .toEpochMilli()));
            case "POST /campaigns/{id}/assign" -> {
                params.put("enterprise", values.get("enterprise"));
                params.put("inspector", values.get("inspectorId"));
            }
            default -> {}
        }
        if (endpoint.startsWith("POST /hazards/{id}/") || endpoint.equals("POST /inspections/{id}")) {
            params.put("version", "0");
        }
        if (destructive(endpoint)) {
            // A version that never matches: the allowed get "changed meanwhile", nothing is harmed,
            // and everyone else must be stopped by scope before that.
            params.put("version", "-1");
            params.put("active", "false");
            params.put("enabled", "false");
            params.put("password", "Matrix2026password");
            params.put("parentCode", "970102");
        }
        if (endpoint.equals("POST /hazards/{id}/extensions/decision")) {
            params.put("approve", "false");
        }
        return params;
    }

    // ---- the objects --------------------------------------------------------------------------

    /** Users of the scope fixture and one object of each kind, all of the mall in the east county. */
    Map<String, String> objects() throws IOException {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        String password = TestAdmins.PASSWORD;
        Long inspectorId = accounts.ensureUser(
                Who.INSPECTOR.username, "矩阵检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), password);
        Long safetyId = accounts.ensureUser(
                Who.SAFETY.username, "矩阵安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), password);
        accounts.ensureUser(
                Who.PRINCIPAL.username, "矩阵负责人", fixture.commerceInCounty, Set.of(Role.PRINCIPAL), password);
        accounts.ensureUser(
                Who.OTHER_MANAGER.username,
                "矩阵西区安全员",
                fixture.chemicalsInSiblingCounty,
                Set.of(Role.ENTERPRISE_MANAGER),
                password);
        accounts.ensureUser(Who.DEPT.username, "矩阵工贸监管", fixture.tradeDepartment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser(
                Who.OTHER_DEPT.username, "矩阵危化监管", fixture.chemicalsDepartment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser(
                Who.SIBLING_ADMIN.username, "矩阵西区管理员", fixture.siblingCountyGovernment, Set.of(Role.ADMIN), password);
        accounts.ensureUser(
                Who.SIBLING_GOV.username, "矩阵西区政府", fixture.siblingCountyGovernment, Set.of(Role.SUPERVISOR), password);

        var inspector = user(userDetails.loadUserByUsername(Who.INSPECTOR.username));
        // A hazard with a photo, reported by the inspector at the mall.
        MvcTestResult reported = mvc.post()
                .uri("/hazards")
                .multipart()
                .file(new MockMultipartFile("photos", "before.png", "image/png", png()))
                .param("enterpriseId", fixture.commerceInCounty.toString())
                .param("location", "矩阵测试")
                .param("description", "矩阵测试：安全出口堵塞")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "MAJOR")
                .param("legalBasis", "《消防法》第二十八条")
                .with(inspector)
                .with(csrf())
                .exchange();
        String hazard = reported.getResponse().getRedirectedUrl().replace("/hazards/", "");
        String photo = jdbc.sql("select id from hazard_photo where hazard_id = :id")
                .param("id", Long.valueOf(hazard))
                .query(Long.class)
                .single()
                .toString();
        // An inspection of the mall by the inspector, and a notification to its safety manager.
        templates.ensure("矩阵测试检查表", Set.of(), List.of(new ChecklistTemplate.Item("安全出口畅通", "《消防法》第二十八条", false)));
        Long template = jdbc.sql("select id from checklist_template where name = '矩阵测试检查表' and current")
                .query(Long.class)
                .single();
        MvcTestResult inspected = mvc.post()
                .uri("/inspections")
                .param("enterpriseId", fixture.commerceInCounty.toString())
                .param("templateId", template.toString())
                .param("type", "ROUTINE")
                .param("inspectedOn", Today.date().toString())
                .param("inspectors", "矩阵检查员")
                .with(inspector)
                .with(csrf())
                .exchange();
        String inspection = inspected.getResponse().getRedirectedUrl().replace("/inspections/", "");
        // A photo kept for the mall's manager from a report refused for its missing description.
        mvc.post()
                .uri("/hazards")
                .multipart()
                .file(new MockMultipartFile("photos", "kept.png", "image/png", png()))
                .param("enterpriseId", fixture.commerceInCounty.toString())
                .param("location", "后门")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .with(user(userDetails.loadUserByUsername(Who.SAFETY.username)))
                .with(csrf())
                .exchange();
        String upload = jdbc.sql("select max(p.id) from photo_upload p join app_user u on u.id = p.uploaded_by"
                        + " where u.username = :u")
                .param("u", Who.SAFETY.username)
                .query(Long.class)
                .single()
                .toString();
        // A photo kept with the draft's checklist item.
        Long item = jdbc.sql("select id from checklist_item where template_id = :t")
                .param("t", template)
                .query(Long.class)
                .single();
        mvc.post()
                .uri("/inspections/" + inspection)
                .multipart()
                .file(new MockMultipartFile("photo_" + item, "exit.png", "image/png", png()))
                .param("version", "0")
                .with(inspector)
                .with(csrf())
                .exchange();
        String inspectionPhoto = jdbc.sql("select id from inspection_photo where inspection_id = :id")
                .param("id", Long.valueOf(inspection))
                .query(Long.class)
                .single()
                .toString();
        mvc.post()
                .uri("/hazards/" + hazard + "/urge")
                .with(user(userDetails.loadUserByUsername(Who.GOV.username)))
                .with(csrf())
                .exchange();
        // A second major hazard, listed by the county government: its listing notice prints.
        Map<String, String> listed = new LinkedHashMap<>(Map.of("enterprise", fixture.commerceInCounty.toString()));
        String listedHazard = freshHazard(listed, "MAJOR");
        step(
                user(userDetails.loadUserByUsername(Who.GOV.username)),
                listedHazard,
                "listing",
                "listingDeadline",
                Today.date().plusDays(30).toString(),
                "listingNote",
                "矩阵挂牌");
        String notification = jdbc.sql("select max(id) from notification where recipient_id = :u")
                .param("u", safetyId)
                .query(Long.class)
                .single()
                .toString();
        // A risk register of the mall: an object, a unit, an event and a measure, kept by its manager.
        var safety = user(userDetails.loadUserByUsername(Who.SAFETY.username));
        String mall = fixture.commerceInCounty.toString();
        mvc.post()
                .uri("/enterprises/" + mall + "/risks/objects")
                .param("name", "矩阵测试风险对象" + UUID.randomUUID().toString().substring(0, 6))
                .param("kind", "PLACE")
                .with(safety)
                .with(csrf())
                .exchange();
        String riskObject = jdbc.sql("select max(id) from risk_object where enterprise_id = :e")
                .param("e", fixture.commerceInCounty)
                .query(Long.class)
                .single()
                .toString();
        String riskUnit = mvc.post()
                .uri("/enterprises/" + mall + "/risks/units")
                .param("objectId", riskObject)
                .param("name", "矩阵测试风险单元" + UUID.randomUUID().toString().substring(0, 6))
                .param("responsiblePerson", "矩阵")
                .with(safety)
                .with(csrf())
                .exchange()
                .getResponse()
                .getRedirectedUrl()
                .replace("/risks/units/", "");
        mvc.post()
                .uri("/risks/units/" + riskUnit + "/events")
                .param("description", "矩阵测试：人员踩踏")
                .param("method", "LEC")
                .param("likelihood", "3")
                .param("exposure", "6")
                .param("severity", "15")
                .with(safety)
                .with(csrf())
                .exchange();
        String riskEvent = jdbc.sql("select max(id) from risk_event where unit_id = :u")
                .param("u", Long.valueOf(riskUnit))
                .query(Long.class)
                .single()
                .toString();
        mvc.post()
                .uri("/risks/units/" + riskUnit + "/measures")
                .param("eventId", riskEvent)
                .param("kind", "EMERGENCY")
                .param("description", "疏散演练")
                .with(safety)
                .with(csrf())
                .exchange();
        String riskMeasure = jdbc.sql("select max(id) from control_measure where event_id = :e")
                .param("e", Long.valueOf(riskEvent))
                .query(Long.class)
                .single()
                .toString();
        // A campaign of the county government over the mall.
        MvcTestResult launched = mvc.post()
                .uri("/campaigns")
                .param("title", "矩阵测试专项整治")
                .param("reason", "矩阵")
                .param("templateId", template.toString())
                .param("startsOn", Today.date().toString())
                .param("endsOn", Today.date().plusDays(10).toString())
                .param("mode", "BOTH")
                .param("creditCodes", creditCode(fixture.commerceInCounty))
                .param("industryCodes", "T_COMMERCE")
                .param("regionCode", "970101")
                .with(user(userDetails.loadUserByUsername(Who.GOV.username)))
                .with(csrf())
                .exchange();
        String campaign = launched.getResponse().getRedirectedUrl().replace("/campaigns/", "");

        // A second inspection of the mall: completed with a finding, its notice issued and re-inspected
        // once (the hazard still not rectified, so a further re-inspection is possible).
        Map<String, String> values = new LinkedHashMap<>();
        values.put("enterprise", fixture.commerceInCounty.toString());
        values.put("/admin/templates/{id}", template.toString());
        String reinspected = freshInspection(values);
        String reinspectionId = reinspected(values, reinspected);
        for (String pattern : List.of(
                "/inspections/{id}/reinspections/new",
                "/inspections/{id}/reinspections",
                "/inspections/{id}/reinspections/{reinspectionId}")) {
            values.put(pattern + " {id}", reinspected);
        }
        values.put("{reinspectionId}", reinspectionId);
        values.put("riskObject", riskObject);
        values.put("riskEvent", riskEvent);
        values.put("riskMeasure", riskMeasure);
        values.put("/risks/units/{id}", riskUnit);
        values.put(
                "{token}",
                jdbc.sql("select card_token::text from risk_unit where id = :id")
                        .param("id", Long.valueOf(riskUnit))
                        .query(String.class)
                        .single());
        values.put("{taskId}", investigationTask(values));
        values.put("inspectorId", inspectorId.toString());
        values.put("/hazards/{id}", hazard);
        values.put("/hazards/{id}/listing-notice {id}", listedHazard);
        values.put("{photoId}", photo);
        values.put("{uploadId}", upload);
        values.put("/inspections/{id}", inspection);
        values.put("/inspections/{id}/photos/{photoId}", inspectionPhoto);
        values.put("/notifications/{id}", notification);
        values.put("/campaigns/{id}", campaign);
        values.put("{enterpriseId}", fixture.commerceInCounty.toString());
        values.put("{period}", "2026-Q1");
        values.put("/enterprises/{id}", fixture.commerceInCounty.toString());
        values.put("/admin/users/{id}", safetyId.toString());
        values.put("/admin/units/{id}", fixture.commerceInCounty.toString());
        values.put("/admin/templates/{id}", template.toString());
        values.put("/admin/regions/{code}", "970101001");
        values.put("/admin/industries/{code}", "T_COMMERCE");
        values.put("/admin/import/{kind}", "enterprises");
        values.put("emergencyDepartment", fixture.emergencyDepartment.toString());
        String[] publicReport = publicReport(values);
        values.put("/public-reports/{id}", publicReport[0]);
        values.put("/public-reports/{id}/photos/{photoId}", publicReport[1]);
        values.put("/public-reports/posters/enterprise/{id}", fixture.commerceInCounty.toString());
        values.put(
                "/standards/{id}",
                jdbc.sql("select min(id) from judgement_standard")
                        .query(Long.class)
                        .single()
                        .toString());
        values.put("{format}", "csv");
        values.put("dutyPerson", inspectorId.toString());
        values.put("/duty/{id}", dutyShift(inspectorId.toString()));
        values.put("/accidents/{id}", accident(values));
        values.put("{investigationId}", investigation(values.get("/accidents/{id}")));
        return values;
    }

    static final java.util.concurrent.atomic.AtomicInteger DUTY_DAYS = new java.util.concurrent.atomic.AtomicInteger();

    static String minutesAgo(int minutes) {
        return java.time.LocalDateTime.now(Today.ZONE)
                .minusMinutes(minutes)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString();
    }

    /** A shift of the trade department's inspector on a day of its own. */
    String dutyShift(String person) {
        return jdbc.sql("insert into duty_shift (unit_id, day, role, user_id, phone, created_by, created_at)"
                        + " select unit_id, current_date + 5000 + :n, 'STAFF', id, '0750-1234567', id, now()"
                        + " from app_user where id = :person returning id")
                .param("n", DUTY_DAYS.incrementAndGet())
                .param("person", Long.valueOf(person))
                .query(Long.class)
                .single()
                .toString();
    }

    /** An investigation report of the accident with its document, recorded by the department. */
    String investigation(String accident) throws IOException {
        mvc.post()
                .uri("/accidents/" + accident + "/investigation")
                .multipart()
                .file(new MockMultipartFile("document", "矩阵调查报告.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes()))
                .param("approvedBy", "矩阵市人民政府")
                .param("approvedOn", Today.date().toString())
                .param("nature", "LIABILITY")
                .param("cause", "矩阵原因")
                .param("findings", "矩阵认定")
                .param("measures", "矩阵措施")
                .with(user(userDetails.loadUserByUsername(Who.DEPT.username)))
                .with(csrf())
                .exchange();
        return jdbc.sql("select max(id) from accident_investigation where accident_id = " + accident)
                .query(Long.class)
                .single()
                .toString();
    }

    /** An accident at the mall, recorded by its safety manager. */
    String accident(Map<String, String> values) {
        MvcTestResult recorded = mvc.post()
                .uri("/accidents")
                .params(org.springframework.util.CollectionUtils.toMultiValueMap(
                        params("POST /accidents", values).entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        Map.Entry::getKey, e -> List.of(e.getValue())))))
                .with(user(userDetails.loadUserByUsername(Who.SAFETY.username)))
                .with(csrf())
                .exchange();
        return recorded.getResponse().getRedirectedUrl().replace("/accidents/", "");
    }

    /**
     * A fresh public report about the mall verified into a hazard by the inspector, and brought to
     * where the reward's step needs it: proposed for its decision, approved for its payment.
     */
    String rewardedPublicReport(Map<String, String> values, String endpoint) throws IOException {
        String id = publicReport(values)[0];
        var inspector = user(userDetails.loadUserByUsername(Who.INSPECTOR.username));
        var supervisor = user(userDetails.loadUserByUsername(Who.DEPT.username));
        mvc.post()
                .uri("/hazards")
                .multipart()
                .param("enterpriseId", values.get("enterprise"))
                .param("location", "矩阵举报")
                .param("description", "矩阵举报核实" + id)
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .param("origin", "public-report:" + id)
                .with(inspector)
                .with(csrf())
                .exchange();
        if (endpoint.endsWith("/decision") || endpoint.endsWith("/payment")) {
            mvc.post()
                    .uri("/public-reports/" + id + "/reward")
                    .param("version", version("public_report", id))
                    .param("fine", "10000")
                    .with(inspector)
                    .with(csrf())
                    .exchange();
        }
        if (endpoint.endsWith("/payment")) {
            mvc.post()
                    .uri("/public-reports/" + id + "/reward/decision")
                    .param("version", version("public_report", id))
                    .param("approve", "true")
                    .with(supervisor)
                    .with(csrf())
                    .exchange();
        }
        return id;
    }

    /** A fresh anonymous public report about the mall, with a photo: its id and the photo's id. */
    String[] publicReport(Map<String, String> values) throws IOException {
        String draft = UUID.randomUUID().toString();
        mvc.post()
                .uri("/report")
                .multipart()
                .file(new MockMultipartFile("photos", "report.png", "image/png", png()))
                .param("enterpriseId", values.get("enterprise"))
                .param("location", "矩阵举报")
                .param("description", "矩阵举报" + draft.substring(0, 8))
                .param("anonymous", "true")
                .param("draftKey", draft)
                .with(request -> {
                    request.setRemoteAddr("10.7." + (draft.charAt(0) % 200) + "." + (draft.charAt(1) % 200 + 1));
                    return request;
                })
                .with(csrf())
                .exchange();
        Long id = jdbc.sql("select id from public_report where description = :d")
                .param("d", "矩阵举报" + draft.substring(0, 8))
                .query(Long.class)
                .single();
        Long photo = jdbc.sql("select id from public_report_photo where report_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        return new String[] {id.toString(), photo.toString()};
    }

    /** A fresh daily task of the mall's risk unit, done by a post (so by its safety manager). */
    String investigationTask(Map<String, String> values) {
        mvc.post()
                .uri("/risks/units/" + values.get("/risks/units/{id}") + "/tasks")
                .param("measureId", values.get("riskMeasure"))
                .param("content", "矩阵排查" + UUID.randomUUID().toString().substring(0, 6))
                .param("cycle", "DAY")
                .param("post", "值班员")
                .with(user(userDetails.loadUserByUsername(Who.SAFETY.username)))
                .with(csrf())
                .exchange();
        return jdbc.sql("select max(id) from investigation_task where measure_id = :m")
                .param("m", Long.valueOf(values.get("riskMeasure")))
                .query(Long.class)
                .single()
                .toString();
    }

    String creditCode(Long enterprise) {
        return jdbc.sql("select credit_code from unit where id = :id")
                .param("id", enterprise)
                .query(String.class)
                .single();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
