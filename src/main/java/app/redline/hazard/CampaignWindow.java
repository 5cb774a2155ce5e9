package app.redline.hazard;

import app.redline.organization.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What hazards and inspections need to know of the campaign they belong to, provided by the campaign feature: its
 * title, and whether it still takes inspections on a day (from its start to its end date).
 */
public interface CampaignWindow {

    /** A campaign to filter by. */
    record Option(Long id, String title) {}

    /** The latest campaigns in the reach of a user of this unit and scope, newest end first. */
    List<Option> inReach(Long unitId, Scope scope, int limit);

    Optional<String> title(Long campaignId);

    /** The title, if the campaign is in the reach of a user of this unit and scope (else empty). */
    Optional<String> titleInReach(Long campaignId, Long unitId, Scope scope);

    boolean isOpen(Long campaignId, LocalDate day);

    /** A campaign running on a day that targets an enterprise: an inspection of it may answer it. */
    record Running(Long id, String title, Long templateId, boolean asksSelfInspection, boolean asksVisits) {}

    /**
     * The campaigns open on the day that target the enterprise and are in the reach of a user of
     * this unit and scope (so its inspection counts on their boards), newest end first.
     */
    List<Running> runningFor(Long enterpriseId, Long unitId, Scope scope, LocalDate day);
}
