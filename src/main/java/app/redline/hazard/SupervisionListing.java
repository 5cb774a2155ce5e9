package app.redline.hazard;

import java.time.LocalDate;

/**
 * The rules of listing a hazard for supervision (挂牌督办): only a MAJOR hazard, not one listed
 * already, with a deadline that is not past and a note of what is required.
 */
final class SupervisionListing {

    private SupervisionListing() {}

    /** Refuses a listing that breaks a rule, naming the field at fault where there is one. */
    static void check(HazardGrade grade, boolean listed, LocalDate deadline, String note, LocalDate today) {
        if (grade != HazardGrade.MAJOR) {
            throw new HazardRefused("hazard.listing.majorOnly");
        }
        if (listed) {
            throw new HazardRefused("hazard.listing.already");
        }
        if (deadline == null) {
            throw new HazardRefused("listingDeadline", "hazard.field.required");
        }
        if (deadline.isBefore(today)) {
            throw new HazardRefused("listingDeadline", "hazard.plan.deadline.past");
        }
        if (note == null || note.isBlank()) {
            throw new HazardRefused("listingNote", "hazard.field.required");
        }
    }
}
