package app.redline.inspection;

import app.redline.hazard.HazardCategory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The values of the inspection pages' many-field forms (a field per checklist item or hazard, named
 * {@code outcome_12}, {@code deadline_7}), read as the form sends them: a value that is not one is
 * null or refused with a message, never a 500.
 */
final class FormValues {

    private FormValues() {}

    /** The id after the field name's underscore, or null. */
    static Long itemId(String name) {
        try {
            return Long.valueOf(name.substring(name.indexOf('_') + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as a date input sends it; anything else is refused with a message, never a 500. */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InspectionRefused("hazard.field.date");
        }
    }

    static HazardCategory category(String value) {
        try {
            return value == null ? null : HazardCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Inspection.Outcome outcome(String value) {
        try {
            return Inspection.Outcome.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
