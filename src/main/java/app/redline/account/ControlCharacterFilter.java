package app.redline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses at the edge, before any handler runs, a request whose parameters carry NUL or another
 * control character (tabs and line breaks excepted): no form sends them, and the database refuses
 * NUL in text. Everywhere else the answer is the 400 page; a sign-in with them counts as a failed
 * sign-in for the username and the address, like a wrong password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@RequiredArgsConstructor
class ControlCharacterFilter extends OncePerRequestFilter {

    private final LoginLockService loginLocks;
    private final SecurityEvents events;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            // A body that cannot be read as parameters is refused further in, as before.
            chain.doFilter(request, response);
            return;
        }
        if (parameters.entrySet().stream()
                .noneMatch(e -> hasControl(e.getKey())
                        || Arrays.stream(e.getValue()).anyMatch(ControlCharacterFilter::hasControl))) {
            chain.doFilter(request, response);
            return;
        }
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            String username = clean(request.getParameter("username"));
            loginLocks.recordFailure(username);
            loginLocks.recordAddressFailure(SecurityEvents.address(request));
            events.signInFailed(request, username, "error");
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    static boolean hasControl(String text) {
        return text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
