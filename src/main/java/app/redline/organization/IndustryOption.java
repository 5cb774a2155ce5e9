package app.redline.organization;

import java.util.Locale;

/** An industry in a picker or the catalogue: sub-sectors are indented under their parent. */
record IndustryOption(Named industry, String parentCode, int sortOrder, int depth) {

    public String code() {
        return industry.code();
    }

    /** Its names (the pickers' template asks this of regions and industries alike). */
    public Named named() {
        return industry;
    }

    public String name(Locale locale) {
        return industry.name(locale);
    }
}
