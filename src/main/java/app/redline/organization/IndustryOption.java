package app.redline.organization;

import java.util.Locale;

/** An industry in a picker or the catalogue: sub-sectors are indented under their parent. */
record IndustryOption(Named industry, String parentCode, int sortOrder, int depth) {

    public String code() {
        return industry.code();
    }

    public String name(Locale locale) {
        return industry.name(locale);
    }
}
