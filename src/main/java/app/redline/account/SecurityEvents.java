package app.redline.account;

import app.redline.audit.AuditLog;
import app.redline.organization.OrganizationService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the security events of the audit trail: sign-ins, failed sign-ins, locks (of a username
 * or of an address), sign-outs and exports — each with the time, the username given and the
 * client's address. Passwords and session ids are never part of an event.
 */
@Component
@RequiredArgsConstructor
class SecurityEvents {

    static final String SESSION = "SESSION";
    static final String EXPORT = "EXPORT";

    private final AuditLog audit;
    private final OrganizationService organization;
    private final JdbcClient jdbc;

    void signedIn(HttpServletRequest request, SignedInUser user) {
        audit.security("SIGN_IN", user.getUsername(), SESSION, null, regionOf(user.unitId()), address(request));
    }

    void signInFailed(HttpServletRequest request, String username, String reason) {
        audit.security("SIGN_IN_FAILED", username, SESSION, reason, regionOfUser(username), address(request));
    }

    void locked(HttpServletRequest request, String username) {
        audit.security("LOCKED", username, SESSION, null, regionOfUser(username), address(request));
    }

    void throttled(HttpServletRequest request, String username) {
        audit.security("THROTTLED", username, SESSION, address(request), regionOfUser(username), address(request));
    }

    void signedOut(HttpServletRequest request, SignedInUser user) {
        audit.security("SIGN_OUT", user.getUsername(), SESSION, null, regionOf(user.unitId()), address(request));
    }

    /** An export: which one and with which filters (the path and the query string). */
    void exported(HttpServletRequest request, SignedInUser user) {
        String what = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        audit.security(
                "EXPORT",
                user.getUsername(),
                EXPORT,
                query == null ? what : what + "?" + query,
                regionOf(user.unitId()),
                address(request));
    }

    static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    private String regionOf(Long unitId) {
        return organization
                .findUnit(unitId)
                .map(u -> u.region() == null ? null : u.region().code())
                .orElse(null);
    }

    private String regionOfUser(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Optional<Long> unit = jdbc.sql("select unit_id from app_user where lower(username) = lower(:u)")
                .param("u", username.strip())
                .query(Long.class)
                .optional();
        return unit.map(this::regionOf).orElse(null);
    }
}
