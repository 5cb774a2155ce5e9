package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.util.Optional;

/**
 * Another feature a hazard can be raised from (a public report's case, say), as the hazard page
 * links back to it: the feature says whether the hazard came from it and whether the user may open
 * what it came from; a user who may not sees nothing of it.
 */
public interface HazardOrigin {

    Optional<Link> of(SignedInUser user, Scope scope, long hazardId);

    /** Where the hazard came from: the page, and a message (with one argument) that names it. */
    record Link(String href, String messageKey, String argument) {}
}
