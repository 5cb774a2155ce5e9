package app.redline.web;

import app.redline.system.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While the database cannot be reached, a request fails within the pool's connection timeout (a few
 * seconds, README "Configuration") with a 503 page in the user's language that says nothing was
 * saved, whatever part of the request (a page, a form, the sign-in, a filter, the session, which
 * lives in the database) reached for it. The page is written here, outside the error dispatch and
 * without the session: it cannot be read now, and it must not be replaced by a new one (the user
 * is still signed in once the database is back). The transaction that failed rolled back; the pool
 * reconnects by itself when the database is back.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectProvider<ResourceUrlProvider> resources;

    DatabaseUnavailableFilter(
            ObjectProvider<ITemplateEngine> templates,
            ObjectProvider<LocaleResolver> locales,
            ObjectProvider<ResourceUrlProvider> resources) {
        this.templates = templates;
        this.locales = locales;
        this.resources = resources;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.is(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "Database unavailable for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(failure));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page(request).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The "temporarily unavailable" page in the reader's language, linking the usual styles. */
    private String page(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver == null ? Locale.SIMPLIFIED_CHINESE : resolver.resolveLocale(request);
        ResourceUrlProvider urls = resources.getIfAvailable();
        Context context = new Context(
                locale,
                Map.of(
                        "bootstrap", styles(urls, "/webjars/bootstrap/css/bootstrap.min.css"),
                        "redline", styles(urls, "/css/redline.css")));
        return templates.getObject().process("unavailable", context);
    }

    private static String styles(ResourceUrlProvider urls, String path) {
        String versioned = urls == null ? null : urls.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
