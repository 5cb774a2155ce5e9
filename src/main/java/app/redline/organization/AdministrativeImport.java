package app.redline.organization;

import app.redline.system.ImportColumns;
import app.redline.system.ImportReport;
import app.redline.system.TableFile.TableRow;
import java.util.List;

/**
 * An import an administrator runs within its reach (enterprises, users): the page at
 * {@code /admin/import/{kind}} finds it by its kind.
 */
public interface AdministrativeImport {

    String kind();

    ImportColumns columns();

    /** The most rows a file may have, header included. */
    int maxRows();

    ImportReport run(Scope admin, List<TableRow> table, boolean checkOnly);

    /** The template's example row and lists of valid values, for this administrator. */
    default app.redline.system.ImportTemplate.Extras templateExtras(Scope admin, java.util.Locale locale) {
        return app.redline.system.ImportTemplate.Extras.none();
    }
}
