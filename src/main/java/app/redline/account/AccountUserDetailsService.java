package app.redline.account;

import app.redline.organization.OrganizationService;
import app.redline.organization.UnitSummary;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final OrganizationService organization;
    private final LoginLockService loginLocks;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        String unitName = organization
                .findUnit(account.getUnitId())
                .map(UnitSummary::name)
                .orElse("");
        return new SignedInUser(account, unitName, loginLocks.isLocked(username));
    }
}
