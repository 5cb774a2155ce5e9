package app.redline.publicreport;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardOrigin;
import app.redline.organization.Scope;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The hazard page links to the case a hazard was raised from, for those who may open the case. */
@Component
@RequiredArgsConstructor
class CaseOrigin implements HazardOrigin {

    private final PublicReportRepository reports;
    private final CaseHandling cases;

    @Override
    public Optional<Link> of(SignedInUser user, Scope scope, long hazardId) {
        return reports.findByHazardId(hazardId)
                .filter(report -> cases.mayOpen(user, scope, report))
                .map(report -> new Link(
                        "/public-reports/" + report.getId(),
                        report.isStaff() ? "hazard.origin.staffReport" : "hazard.origin.publicReport",
                        report.getCaseNumber()));
    }
}
