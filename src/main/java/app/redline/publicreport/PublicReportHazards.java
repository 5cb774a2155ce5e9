package app.redline.publicreport;

import app.redline.hazard.HazardRaisedFrom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hazard raised from a case's page (the hazard form's origin {@code public-report:<id>}) decides
 * the case in the hazard's own transaction: both happen, or neither.
 */
@Component
@RequiredArgsConstructor
class PublicReportHazards {

    static final Pattern ORIGIN = Pattern.compile("public-report:(\\d{1,18})");

    private final CaseHandling cases;

    static String origin(long reportId) {
        return "public-report:" + reportId;
    }

    @EventListener
    void on(HazardRaisedFrom raised) {
        Matcher m = ORIGIN.matcher(raised.origin());
        if (m.matches()) {
            cases.raised(Long.parseLong(m.group(1)), raised.hazardId(), raised.enterpriseId(), raised.reporterId());
        }
    }
}
