package app.redline.account;

import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.UnitSummary;
import app.redline.system.LikePattern;
import java.util.List;
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

    private final UserAccountRepository accounts;
    private final OrganizationService organization;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    Page<UserAccount> search(SignedInUser admin, String text, Pageable pageable) {
        Scope scope = currentUser.scopeOf(admin);
        return switch (scope.kind()) {
            case ALL -> accounts.search(null, LikePattern.contains(text), pageable);
            case REGION -> accounts.search(scope.regionCode(), LikePattern.contains(text), pageable);
            default -> Page.empty(pageable);
        };
    }

    UserAccount load(SignedInUser admin, Long id) {
        return accounts.findById(id)
                .filter(account -> organization.isManagedBy(currentUser.scopeOf(admin), account.getUnitId()))
                .orElseThrow(() -> new UserNotFoundException(id));
    }

    List<UnitSummary> assignableUnits(SignedInUser admin) {
        return organization.unitsManagedBy(currentUser.scopeOf(admin));
    }

    @Transactional
    Long create(SignedInUser admin, UserForm form) {
        if (accounts.existsByUsernameIgnoreCase(form.getUsername())) {
            throw new UserFormException("username", "user.username.taken");
        }
        if (!PasswordPolicy.isStrong(form.getPassword())) {
            throw new UserFormException("password", "password.weak");
        }
        requireManagedUnit(admin, form.getUnitId());
        UserAccount account = new UserAccount(
                form.getUsername(),
                form.getDisplayName(),
                form.getUnitId(),
                form.getRoles(),
                passwordEncoder.encode(form.getPassword()));
        account.update(form.getDisplayName(), form.getUnitId(), form.getRoles(), form.getPhone(), form.getEmail());
        account.requirePasswordChange();
        return accounts.save(account).getId();
    }

    @Transactional
    void update(SignedInUser admin, Long id, UserForm form) {
        UserAccount account = loadVersion(admin, id, form.getVersion());
        requireManagedUnit(admin, form.getUnitId());
        account.update(form.getDisplayName(), form.getUnitId(), form.getRoles(), form.getPhone(), form.getEmail());
    }

    @Transactional
    void setEnabled(SignedInUser admin, Long id, long version, boolean enabled) {
        UserAccount account = loadVersion(admin, id, version);
        if (account.getId().equals(admin.id()) && !enabled) {
            throw new UserFormException("enabled", "user.disable.self");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    @Transactional
    void resetPassword(SignedInUser admin, Long id, long version, String temporaryPassword) {
        if (!PasswordPolicy.isStrong(temporaryPassword)) {
            throw new UserFormException("password", "password.weak");
        }
        loadVersion(admin, id, version).resetPassword(passwordEncoder.encode(temporaryPassword));
    }

    private UserAccount loadVersion(SignedInUser admin, Long id, long version) {
        UserAccount account = load(admin, id);
        if (account.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return account;
    }

    private void requireManagedUnit(SignedInUser admin, Long unitId) {
        if (unitId == null || !organization.isManagedBy(currentUser.scopeOf(admin), unitId)) {
            throw new UserFormException("unitId", "user.unit.outside");
        }
    }
}
