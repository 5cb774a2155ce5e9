package app.redline.organization;

/**
 * A region's code (GB/T 2260: 2 digits a province, 4 a city, 6 a county; a town adds the 3 digits
 * of GB/T 10114), and the rule every region filter and every scope is built on: a region's subtree
 * is the regions whose codes start with its code. In SQL, {@link #subtree()} is the LIKE pattern of
 * it (codes are digits, so nothing needs escaping); the {@code supervision} view (V19) writes the
 * same rule as {@code e.region_code like s.region_code || '%'}.
 */
public record RegionCode(String value) {

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

    @Override
    public String toString() {
        return value;
    }
}
