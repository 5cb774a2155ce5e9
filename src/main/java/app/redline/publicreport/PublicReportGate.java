package app.redline.publicreport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a flood of public reports from the signed-in users' share of the machine, before the body of
 * a report (its photos) is read at all: an address over its hourly limit is turned away at once, and
 * only a few reports are read at the same time on an instance — the others wait a little, then are
 * asked to try again. Runs before the security filters, whose CSRF check would read the body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicReportGate extends OncePerRequestFilter {

    private final PublicIntake intake;
    private final Semaphore reading;
    private final long waitMillis;

    PublicReportGate(PublicIntake intake, PublicReportSettings settings) {
        this.intake = intake;
        this.reading = new Semaphore(settings.concurrentReads(), true);
        this.waitMillis = settings.waitMillis();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/report").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (intake.overAddressLimit(clientHash(request))) {
            response.sendRedirect(request.getContextPath() + "/report?turned=limited");
            return;
        }
        boolean admitted;
        try {
            admitted = reading.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.sendRedirect(request.getContextPath() + "/report?turned=busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            reading.release();
        }
    }

    static String clientHash(HttpServletRequest request) {
        return PublicUploads.hash("client:" + request.getRemoteAddr());
    }
}
