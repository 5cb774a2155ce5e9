package app.redline.account;

import app.redline.organization.RegionCode;
import app.redline.organization.Scope;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public boolean hasUsers() {
        return accounts.count() > 0;
    }

    /** The number of users an administrator with this scope manages. */
    public long countUsers(Scope administratorScope) {
        return switch (administratorScope.kind()) {
            case ALL -> accounts.count();
            case REGION ->
                accounts.search(
                                RegionCode.of(administratorScope.regionCode()).subtree(),
                                null,
                                null,
                                Pageable.ofSize(1))
                        .getTotalElements();
            default -> 0;
        };
    }

    /** Creates the user unless one with that username (in any case) exists; returns its id. */
    @Transactional
    public Long ensureUser(String username, String displayName, Long unitId, Set<Role> roles, String rawPassword) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseGet(() -> accounts.save(
                        new UserAccount(username, displayName, unitId, roles, passwordEncoder.encode(rawPassword))))
                .getId();
    }
}
