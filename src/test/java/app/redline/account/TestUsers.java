package app.redline.account;

import java.util.Set;

/** Signed-in users made in memory, for tests of the policies that need no database. */
public final class TestUsers {

    private TestUsers() {}

    /** A user of this unit with these roles, as the session would hold them. */
    public static SignedInUser of(Long unitId, Role... roles) {
        return new SignedInUser(new UserAccount("u" + unitId, "用户", unitId, Set.of(roles), "{noop}x"), "单位", false);
    }
}
