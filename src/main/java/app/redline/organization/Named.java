package app.redline.organization;

import java.util.Locale;

/** A region or industry as other features show it: its code and its name in both languages. */
public record Named(String code, String nameZh, String nameEn) {

    static Named of(Region region) {
        return region == null ? null : new Named(region.getCode(), region.getNameZh(), region.getNameEn());
    }

    static Named of(Industry industry) {
        return new Named(industry.getCode(), industry.getNameZh(), industry.getNameEn());
    }

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
