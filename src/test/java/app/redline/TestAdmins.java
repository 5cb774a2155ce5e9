package app.redline;

import app.redline.account.AccountService;
import app.redline.account.Role;
import java.util.Set;

/**
 * Administrators of the scope fixture: {@code t-root} of the operator (global) and
 * {@code t-county-admin} of the east county's government (region administrator of 970101).
 */
public final class TestAdmins {

    public static final String GLOBAL = "t-root";
    public static final String COUNTY = "t-county-admin";
    public static final String PASSWORD = "Password2026";

    private TestAdmins() {}

    public static void ensure(AccountService accounts, ScopeFixture fixture) {
        accounts.ensureUser(GLOBAL, "总管理员", fixture.operator, Set.of(Role.ADMIN), PASSWORD);
        accounts.ensureUser(COUNTY, "东区管理员", fixture.countyGovernment, Set.of(Role.ADMIN), PASSWORD);
        accounts.ensureUser("t-supervisor", "东区监管员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
    }
}
