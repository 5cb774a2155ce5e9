package app.redline.standard;

import java.util.List;
import java.util.Locale;

/** The clauses of one edition of a standard, for a choice of clause. */
public record ClauseGroup(Long standardId, String name, String nameEn, int edition, List<StandardClause> clauses) {

    public String label(Locale locale) {
        boolean english = !Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return (english && nameEn != null ? nameEn : name) + " (" + edition + ")";
    }
}
