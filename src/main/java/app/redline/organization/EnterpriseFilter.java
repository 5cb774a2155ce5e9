package app.redline.organization;

import app.redline.system.QueryRecord;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of the enterprise list, bound from its query parameters; blank fields do not filter. */
@QueryRecord
public record EnterpriseFilter(
        @BindParam("q") String text,
        @BindParam("risk") RiskLevel riskLevel,
        @BindParam("industry") String industryCode) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null);
    }
}
