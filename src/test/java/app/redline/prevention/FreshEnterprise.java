package app.redline.prevention;

import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RiskLevel;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An enterprise of its own for a test (in the east county, a low risk) with a safety manager, so
 * that what the test does to its register and figures touches no other test's.
 */
public record FreshEnterprise(Long id, String name, String manager) {

    static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    public static FreshEnterprise create(
            OrganizationSeeds organizationSeeds, AccountService accounts, String name, String password) {
        new ScopeFixture(organizationSeeds); // its regions and industries
        int n = NEXT.incrementAndGet();
        String first17 = "91970101" + String.format("FE%07d", n);
        String fullName = name + n;
        Long id = organizationSeeds.ensureEnterprise(
                new EnterpriseDetails(
                        fullName,
                        first17 + CreditCode.checkCharacter(first17),
                        "测试路" + n + "号",
                        "负责人",
                        "安全员",
                        "0750-0000000",
                        RiskLevel.BLUE),
                "970101",
                Set.of("T_COMMERCE"));
        String manager = "t-fresh-" + n;
        accounts.ensureUser(manager, name + "安全员", id, Set.of(Role.ENTERPRISE_MANAGER), password);
        return new FreshEnterprise(id, fullName, manager);
    }
}
