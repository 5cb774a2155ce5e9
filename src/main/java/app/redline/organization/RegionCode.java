package app.redline.organization;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.regex.Pattern;

/**
 * A region's code (GB/T 2260: 2 digits a province, 4 a city, 6 a county; a town adds the 3 digits
 * of GB/T 10114), and the rule every region filter and every scope is built on: a region's subtree
 * is the regions whose codes start with its code. In SQL, {@link #subtree()} is the LIKE pattern of
 * it (codes are digits, so nothing needs escaping); the {@code supervision} view (V19) writes the
 * same rule as {@code e.region_code like s.region_code || '%'}.
 *
 * <p>A subtree's condition is written into the SQL with its code ({@link #within(String)}, {@link
 * #within(Expression, CriteriaBuilder)}), not bound: codes are digits, and PostgreSQL's kept plan for
 * a statement can then use the index of region codes for the prefix. A {@code like} with a bound
 * pattern cannot; such a plan of a scoped list scans every enterprise.
 */
public record RegionCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

    public RegionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a region code: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** 2, 4, 6 or 9 digits. */
    public static boolean isValid(String value) {
        return RegionLevel.ofCode(value) != null;
    }

    public RegionLevel level() {
        return RegionLevel.ofCode(value);
    }

    /** Whether the region with this code (a unit's, an enterprise's) lies in this subtree, itself included. */
    public boolean contains(String code) {
        return code != null && code.startsWith(value);
    }

    /** The subtree as a SQL LIKE pattern. */
    public String subtree() {
        return value + "%";
    }

    /** The subtree as a SQL condition on a column of region codes, the code written into it. */
    public String within(String column) {
        return startsWith(column, value);
    }

    /** The subtree as a Criteria condition on region codes, the code written into the SQL. */
    public Predicate within(Expression<String> code, CriteriaBuilder cb) {
        return startsWith(code, value, cb);
    }

    /**
     * A list's region filter (the code a user picked, or typed into the address) as a SQL condition:
     * none ({@code true}) for a blank one, the subtree of its code for digits, and no region
     * ({@code false}) for anything else, since every region's code is digits.
     */
    public static String filter(String column, String text) {
        if (text == null || text.isBlank()) {
            return "true";
        }
        String code = text.strip();
        return DIGITS.matcher(code).matches() ? startsWith(column, code) : "false";
    }

    /** {@link #filter(String, String)} as a Criteria condition. */
    public static Predicate filter(Expression<String> code, String text, CriteriaBuilder cb) {
        if (text == null || text.isBlank()) {
            return cb.conjunction();
        }
        String prefix = text.strip();
        return DIGITS.matcher(prefix).matches() ? startsWith(code, prefix, cb) : cb.disjunction();
    }

    /** The codes starting with these digits, the digits written into the SQL (never anything else). */
    private static String startsWith(String column, String digits) {
        return column + " like '" + digits + "%'";
    }

    private static Predicate startsWith(Expression<String> code, String digits, CriteriaBuilder cb) {
        return cb.like(code, cb.literal(digits + "%"));
    }

    @Override
    public String toString() {
        return value;
    }
}
