package app.redline.account;

import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, and the scope of what that user may see. Every query
 * of enterprises, inspections and hazards takes its scope from here.
 */
@Component
@RequiredArgsConstructor
public class CurrentUser {

    private final OrganizationService organization;

    public SignedInUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
    }

    public Scope scope() {
        return scopeOf(get());
    }

    public Scope scopeOf(SignedInUser user) {
        return organization.scopeOf(user.unitId(), user.hasRole(Role.ADMIN));
    }
}
