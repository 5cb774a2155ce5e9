package app.redline.account;

import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of the current request, and the scope of what that user may see. Every query
 * of enterprises, inspections and hazards takes its scope from here. In a request the scope is the
 * one read with the account's state ({@link SessionCheckFilter}); elsewhere it is read when asked.
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
        boolean administrator = user.hasRole(Role.ADMIN);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST) instanceof Kept kept
                && Objects.equals(kept.userId(), user.id())
                && Objects.equals(kept.unitId(), user.unitId())
                && kept.administrator() == administrator) {
            return kept.scope();
        }
        return organization.scopeOf(user.unitId(), administrator);
    }

    private static final String KEPT = CurrentUser.class.getName() + ".scope";

    private record Kept(Long userId, Long unitId, boolean administrator, Scope scope) {}

    /** The scope read for this request's user, kept until the request ends. */
    static void keepForRequest(HttpServletRequest request, SignedInUser user, boolean administrator, Scope scope) {
        request.setAttribute(KEPT, new Kept(user.id(), user.unitId(), administrator, scope));
    }
}
