package app.redline.standard;

import java.util.Locale;

/** A clause of a judgement standard, as a hazard or a checklist item names it. */
public record StandardClause(
        Long id, Long standardId, String standardName, String standardNameEn, int edition, String number, String text) {

    /** The standard, its edition and the clause number, e.g. "工贸企业重大事故隐患判定标准（2023）第三条（一）". */
    public String label(Locale locale) {
        return standardName(locale) + " (" + edition + ") " + number;
    }

    public String standardName(Locale locale) {
        boolean english = !Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return english && standardNameEn != null ? standardNameEn : standardName;
    }
}
