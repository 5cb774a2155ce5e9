package app.redline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request larger than the upload limit before anything reads it, with Redline's own
 * "too large" page in the user's language (413) and the way back, instead of the servlet
 * container's bare page that a refused multipart parse produces. The container is configured to
 * read the rest of the body, so the browser receives the page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
            // The error page's dispatch then fails to read the multipart body and ConflictAdvice shows
            // Redline's "too large" page; the container reads the rest of the body (max-swallow-size).
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
