package app.redline.campaign;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.util.Optional;

/**
 * Another feature a campaign can be launched from (an accident), as the campaign page links back to
 * it: the feature says whether the campaign came from it and whether the user may open it.
 */
public interface CampaignOrigin {

    Optional<Link> of(SignedInUser user, Scope scope, long campaignId);

    /** Where the campaign came from: the page, and a message (with one argument) that names it. */
    record Link(String href, String messageKey, String argument) {}
}
