package app.redline.hazard;

import lombok.Getter;
import lombok.Setter;

/**
 * A form of one step of a hazard's loop. Each carries the hazard's version as the page showed it
 * (a change since is a conflict), and comes back with what the user typed when refused.
 */
@Getter
@Setter
abstract class StepForm {

    private long version;
}
