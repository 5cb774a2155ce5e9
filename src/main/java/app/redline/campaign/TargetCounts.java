package app.redline.campaign;

import app.redline.organization.Scope;
import java.util.Map;

/**
 * How far the viewer's part of a campaign's targets has come, in total or per group. Two ways to get
 * it: {@link CampaignTallies} adds up the roll-up (fast however many targets), {@link TargetRecount}
 * counts the targets themselves (one enterprise's own, and to check the roll-up).
 */
interface TargetCounts {

    /** In total (under the key ""), per sub-region of a code length, or per industry. */
    record Grouping(int regionLength) {

        static final Grouping TOTAL = new Grouping(-1);
        static final Grouping INDUSTRY = new Grouping(0);

        static Grouping region(int length) {
            return new Grouping(length);
        }
    }

    /** The progress per group; a group without targets is left out. */
    Map<String, Progress> progress(Scope scope, Campaign campaign, String region, Grouping grouping);
}
