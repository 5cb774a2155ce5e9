package app.redline.account;

import app.redline.organization.OrganizationService;
import app.redline.system.Installation;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start against an empty production database, creates the first administrator from
 * {@code REDLINE_ADMIN_USERNAME} and {@code REDLINE_ADMIN_PASSWORD}, or refuses to start.
 */
@Slf4j
@Component
class FirstAdministrator implements ApplicationRunner {

    private final Installation installation;
    private final AccountService accounts;
    private final OrganizationService organization;
    private final String username;
    private final String password;
    private final String unitName;

    FirstAdministrator(
            Installation installation,
            AccountService accounts,
            OrganizationService organization,
            @Value("${redline.admin.username:}") String username,
            @Value("${redline.admin.password:}") String password,
            @Value("${redline.admin.unit-name:Redline}") String unitName) {
        this.installation = installation;
        this.accounts = accounts;
        this.organization = organization;
        this.username = username.trim();
        this.password = password;
        this.unitName = unitName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (installation.isDemo() || accounts.hasUsers()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new FirstAdministratorException(
                    "The database has no users and REDLINE_ADMIN_USERNAME or REDLINE_ADMIN_PASSWORD is not set.");
        }
        if (!PasswordPolicy.isStrong(password)) {
            throw new FirstAdministratorException("REDLINE_ADMIN_PASSWORD is too weak: it needs at least "
                    + PasswordPolicy.MIN_LENGTH + " characters with letters and digits.");
        }
        Long unitId = organization.ensureOperator(unitName);
        accounts.ensureUser(username, username, unitId, Set.of(Role.ADMIN), password);
        log.info("Created the first administrator '{}'", username);
    }
}
