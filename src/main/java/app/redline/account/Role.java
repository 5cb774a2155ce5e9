package app.redline.account;

/** What a user may do. What a user may see comes from the user's unit (the scope). */
public enum Role {
    ADMIN,
    INSPECTOR,
    ENTERPRISE_MANAGER,
    SUPERVISOR,
    /** An enterprise's principal (主要负责人): signs and submits its statistics tables. */
    PRINCIPAL;

    public String authority() {
        return "ROLE_" + name();
    }
}
