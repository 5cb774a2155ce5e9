package app.redline.hazard;

/**
 * A {@link HazardSeeds.Seed} described by name rather than by sixteen positions: where it is and
 * who found it, then only what differs from a general, unsafe-condition hazard reported twenty
 * days ago, due in seven, found by an inspector and still being rectified.
 */
public final class HazardSeedBuilder {

    /** A seed at this enterprise, found by this actor, whose rectification this manager owns. */
    public static HazardSeedBuilder of(Long enterpriseId, HazardSeeds.Actor finder, HazardSeeds.Actor manager) {
        return new HazardSeedBuilder(enterpriseId, finder, manager);
    }

    private final Long enterpriseId;
    private final HazardSeeds.Actor finder;
    private final HazardSeeds.Actor manager;
    private HazardSeeds.Actor accepter;
    private boolean selfFound;
    private String location = "现场";
    private String description = "隐患";
    private HazardCategory category = HazardCategory.UNSAFE_CONDITION;
    private HazardGrade grade = HazardGrade.GENERAL;
    private String legalBasis;
    private int reportedDaysAgo = 20;
    private int deadlineDays = 7;
    private HazardState state = HazardState.RECTIFYING;
    private int rejections;
    private Long inspectionId;
    private Long campaignId;

    private HazardSeedBuilder(Long enterpriseId, HazardSeeds.Actor finder, HazardSeeds.Actor manager) {
        this.enterpriseId = enterpriseId;
        this.finder = finder;
        this.manager = manager;
        this.accepter = finder;
    }

    /** Where and what: the finding's place and description. */
    public HazardSeedBuilder at(String location, String description) {
        this.location = location;
        this.description = description;
        return this;
    }

    public HazardSeedBuilder grade(HazardGrade grade) {
        this.grade = grade;
        return this;
    }

    public HazardSeedBuilder category(HazardCategory category) {
        this.category = category;
        return this;
    }

    public HazardSeedBuilder legalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    /** Found by the enterprise itself (a self-inspection), not by a supervisor's inspector. */
    public HazardSeedBuilder selfFound(boolean selfFound) {
        this.selfFound = selfFound;
        return this;
    }

    public HazardSeedBuilder acceptedBy(HazardSeeds.Actor accepter) {
        this.accepter = accepter;
        return this;
    }

    public HazardSeedBuilder reportedDaysAgo(int days) {
        this.reportedDaysAgo = days;
        return this;
    }

    /** The deadline, in days after the report. */
    public HazardSeedBuilder deadlineDays(int days) {
        this.deadlineDays = days;
        return this;
    }

    public HazardSeedBuilder state(HazardState state) {
        this.state = state;
        return this;
    }

    public HazardSeedBuilder rejections(int rejections) {
        this.rejections = rejections;
        return this;
    }

    public HazardSeedBuilder inspection(Long inspectionId) {
        this.inspectionId = inspectionId;
        return this;
    }

    public HazardSeedBuilder campaign(Long campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    public HazardSeeds.Seed build() {
        return new HazardSeeds.Seed(
                enterpriseId,
                finder,
                selfFound,
                manager,
                accepter,
                location,
                description,
                category,
                grade,
                legalBasis,
                reportedDaysAgo,
                deadlineDays,
                state,
                rejections,
                inspectionId,
                campaignId);
    }
}
