package app.redline.publicreport;

import app.redline.system.Sha256;
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
 * a report's photos are read at all: an address over its hourly limit is turned away at once, and
 * only a few reports are read at the same time on an instance — the others wait a little, then are
 * asked to try again. A report turned away comes back to its sender with the text kept. Runs before the security filters, whose CSRF check would read the body.
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
            turnAway(request, response, chain, "publicReport.limit.address");
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
            turnAway(request, response, chain, "publicReport.busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            reading.release();
        }
    }

    /**
     * A report turned away still reaches the form, which shows it again with what the person wrote
     * and why it was not taken; its photos are not read.
     */
    private static void turnAway(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String why)
            throws ServletException, IOException {
        request.setAttribute(TURNED_AWAY, why);
        chain.doFilter(request, response);
    }

    /** The request attribute that says why the gate turned a report away (a message code). */
    static final String TURNED_AWAY = PublicReportGate.class.getName() + ".turnedAway";

    static String clientHash(HttpServletRequest request) {
        return Sha256.hex("client:" + request.getRemoteAddr());
    }
}
