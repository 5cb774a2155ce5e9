package app.redline.organization;

/** Filters of the enterprise list; blank fields do not filter. */
public record EnterpriseFilter(String text, RiskLevel riskLevel, String industryCode) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null);
    }
}
