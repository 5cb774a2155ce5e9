package app.redline.organization;

/** What an enterprise records about itself besides its region and industries. */
public record EnterpriseDetails(
        String name,
        String creditCode,
        String address,
        String principal,
        String safetyManager,
        String phone,
        RiskLevel riskLevel) {}
