package app.redline.organization;

import java.util.Locale;

/** A region in a picker or the region tree: its depth below the top of the list indents it. */
public record RegionOption(Named region, RegionLevel level, String parentCode, int depth) {

    public String code() {
        return region.code();
    }

    /** Its names (the pickers' template asks this of regions and industries alike). */
    public Named named() {
        return region;
    }

    public String name(Locale locale) {
        return region.name(locale);
    }
}
