package app.redline.account;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.AuditRecord;
import app.redline.audit.Changes;
import app.redline.organization.AdministratorReach;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.Scope;
import app.redline.organization.UnitSummary;
import app.redline.system.FieldProblem;
import app.redline.system.FormSubmissions;
import app.redline.system.LikePattern;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to users. A global administrator manages every user; a region
 * administrator only users whose unit lies in its region subtree, and anyone else is "not found".
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class UserAdministration {

    static final String AUDIT_TYPE = "USER";

    /** How many units the unit picker offers at once; a search narrows them down. */
    static final int UNIT_OPTIONS = 100;

    private final FormSubmissions submissions;
    private final UserAccountRepository accounts;
    private final OrganizationService organization;
    private final AdministratorReach reach;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    Page<UserAccount> search(SignedInUser admin, UserFilter filter, Pageable pageable) {
        Scope scope = currentUser.scopeOf(admin);
        String text = LikePattern.contains(filter.text());
        return switch (scope.kind()) {
            case ALL -> accounts.search(null, filter.unitId(), text, pageable);
            case REGION ->
                accounts.search(RegionCode.of(scope.regionCode()).subtree(), filter.unitId(), text, pageable);
            default -> Page.empty(pageable);
        };
    }

    /** A user with the name of its unit, for exports. */
    record UserWithUnit(UserAccount account, String unitName) {}

    /** A page of users with their units' names: one query for the users, one for their units. */
    Page<UserWithUnit> searchWithUnits(SignedInUser admin, UserFilter filter, Pageable pageable) {
        Page<UserAccount> page = search(admin, filter, pageable);
        Map<Long, String> unitNames = organization.unitNames(
                page.getContent().stream().map(UserAccount::getUnitId).collect(Collectors.toSet()));
        return page.map(account -> new UserWithUnit(account, unitNames.get(account.getUnitId())));
    }

    List<AuditRecord> history(UserAccount account) {
        return auditLog.history(AUDIT_TYPE, account.getId());
    }

    UserAccount load(SignedInUser admin, Long id) {
        return accounts.findById(id)
                .filter(account -> reach.isManagedBy(currentUser.scopeOf(admin), account.getUnitId()))
                .orElseThrow(() -> new UserNotFoundException(id));
    }

    /** The name of a unit the administrator manages, to show what the list is filtered by. */
    String unitName(SignedInUser admin, Long unitId) {
        return reach.isManagedBy(currentUser.scopeOf(admin), unitId)
                ? organization.findUnit(unitId).map(UnitSummary::name).orElse(null)
                : null;
    }

    /** The units a user may be put in, matching a search text, with the chosen one always among them. */
    List<UnitSummary> assignableUnits(SignedInUser admin, String text, Long chosen) {
        return reach.unitsManagedBy(currentUser.scopeOf(admin), text, chosen, UNIT_OPTIONS);
    }

    @Transactional
    Long create(SignedInUser admin, UserForm form) {
        submissions.claim();
        if (accounts.existsByUsernameIgnoreCase(form.getUsername())) {
            throw new FieldProblem("username", "user.username.taken");
        }
        if (!PasswordPolicy.isStrong(form.getPassword())) {
            throw new FieldProblem("password", "password.weak");
        }
        requireManagedUnit(admin, form.getUnitId());
        UserAccount account = new UserAccount(
                form.getUsername(),
                form.getDisplayName(),
                form.getUnitId(),
                form.getRoles(),
                passwordEncoder.encode(form.getPassword()));
        account.update(form.profile());
        account.requirePasswordChange();
        accounts.save(account);
        audit("CREATE", account, Changes.between(null, account.auditedFields()));
        return account.getId();
    }

    @Transactional
    void update(SignedInUser admin, Long id, UserForm form) {
        UserAccount account = loadVersion(admin, id, form.getVersion());
        requireManagedUnit(admin, form.getUnitId());
        Map<String, Object> before = account.auditedFields();
        account.update(form.profile());
        Changes changes = Changes.between(before, account.auditedFields());
        if (!changes.isEmpty()) {
            accounts.saveAndFlush(account);
            audit("UPDATE", account, changes);
        }
    }

    @Transactional
    void setEnabled(SignedInUser admin, Long id, long version, boolean enabled) {
        UserAccount account = loadVersion(admin, id, version);
        if (account.getId().equals(admin.id()) && !enabled) {
            throw new FieldProblem("enabled", "user.disable.self");
        }
        if (account.isEnabled() == enabled) {
            return;
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        accounts.saveAndFlush(account);
        audit(enabled ? "ENABLE" : "DISABLE", account, Changes.diff().field("enabled", !enabled, enabled));
    }

    @Transactional
    void resetPassword(SignedInUser admin, Long id, long version, String temporaryPassword) {
        if (!PasswordPolicy.isStrong(temporaryPassword)) {
            throw new FieldProblem("password", "password.weak");
        }
        UserAccount account = loadVersion(admin, id, version);
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        accounts.saveAndFlush(account);
        audit("RESET_PASSWORD", account, Changes.diff());
    }

    private void audit(String action, UserAccount account, Changes changes) {
        String regionCode = organization
                .findUnit(account.getUnitId())
                .map(unit -> unit.region() == null ? null : unit.region().code())
                .orElse(null);
        auditLog.record(
                new AuditEntry(action, AUDIT_TYPE, account.getId(), account.getUsername(), regionCode, changes));
    }

    private UserAccount loadVersion(SignedInUser admin, Long id, long version) {
        UserAccount account = load(admin, id);
        if (account.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return account;
    }

    private void requireManagedUnit(SignedInUser admin, Long unitId) {
        if (unitId == null || !reach.isManagedBy(currentUser.scopeOf(admin), unitId)) {
            throw new FieldProblem("unitId", "user.unit.outside");
        }
    }
}
