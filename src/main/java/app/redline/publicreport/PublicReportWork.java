package app.redline.publicreport;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Public reports in the user's work and in the overdue review: the cases its department has to
 * verify, and those past their verification date.
 */
@Component("publicReportWork")
@RequiredArgsConstructor
public class PublicReportWork {

    /** A case past its verification date. */
    public record Late(
            Long id, String caseNumber, String enterpriseName, String handlerName, LocalDate verifyBy, long daysLate) {}

    private final CaseHandling cases;
    private final PublicReportFigures figures;

    /** This year's reports about a supervisor's scope: received, to verify, past their date. */
    public record ThisYear(long received, long open, long overdue) {}

    /** The dashboard's line for a supervisor's scope; null for an enterprise. */
    public ThisYear thisYear(Scope scope) {
        if (!PublicReportFigures.answers(scope)) {
            return null;
        }
        PublicReportFigures.Line total = figures.total(scope, cases.today().getYear());
        return new ThisYear(total.received(), total.open(), total.overdue());
    }

    /** How many cases wait for the user's department. */
    public long waiting(SignedInUser user, Scope scope) {
        return cases.waiting(user, scope);
    }

    /** The cases past their date that the user handles or reads, at most {@code limit}. */
    public List<Late> late(SignedInUser user, Scope scope, int limit) {
        LocalDate today = cases.today();
        return cases.late(user, scope, limit).stream()
                .map(r -> new Late(
                        r.id(),
                        r.caseNumber(),
                        r.enterpriseName(),
                        r.handlerName(),
                        r.verifyBy(),
                        ChronoUnit.DAYS.between(r.verifyBy(), today)))
                .toList();
    }
}
