package app.redline.organization;

import app.redline.system.ImportColumns;
import app.redline.system.ImportProblem;
import app.redline.system.ImportReport;
import app.redline.system.ImportTemplate;
import app.redline.system.OnCreate;
import app.redline.system.TableFile.TableRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import an administrator runs within its reach (enterprises, users): the page at
 * {@code /admin/import/{kind}} finds it by its kind.
 */
public interface AdministrativeImport {

    /**
     * What an import reads: its kind (the page's path), its columns, and the most rows a file may
     * have, header included.
     */
    record Sheet(String kind, ImportColumns columns, int maxRows) {}

    Sheet sheet();

    ImportReport run(Scope admin, List<TableRow> table, boolean checkOnly);

    /** The template's example row and lists of valid values, for this administrator. */
    default ImportTemplate.Extras templateExtras(Scope admin, Locale locale) {
        return ImportTemplate.Extras.none();
    }

    /** Checks one row of a table against the located columns: the row, or null with its problems added. */
    @FunctionalInterface
    interface RowCheck<R> {
        R check(TableRow line, Map<String, Integer> at);
    }

    /**
     * Reads a table: locates the header's columns, then checks each row after it (the template's
     * example row, left in, is passed over). Returns the rows that passed, or null when the table is
     * empty or its header is wrong; {@code problems} says why.
     */
    static <R> List<R> readRows(
            List<TableRow> table, ImportColumns columns, List<ImportProblem> problems, RowCheck<R> check) {
        if (table.isEmpty()) {
            problems.add(new ImportProblem(1, null, "import.file.empty"));
            return null;
        }
        Map<String, Integer> at = columns.locate(table.get(0), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        List<R> rows = new ArrayList<>();
        for (TableRow line : table.subList(1, table.size())) {
            if (!ImportTemplate.isExample(line.cell(0))) {
                R row = check.check(line, at);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * Checks these fields of an imported row by the rules of the form the pages use for the same
     * thing (each field's column has the field's name): a missing value is "required", a long one
     * "too long", any other the constraint's own message.
     */
    static void validate(Validator validator, Object form, int row, List<String> fields, List<ImportProblem> problems) {
        for (String field : fields) {
            validator.validateProperty(form, field, Default.class, OnCreate.class).stream()
                    .limit(1)
                    .forEach(violation -> problems.add(new ImportProblem(row, field, code(violation))));
        }
    }

    private static String code(ConstraintViolation<?> violation) {
        Class<?> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == NotBlank.class || constraint == NotNull.class || constraint == NotEmpty.class) {
            return "import.value.required";
        }
        if (constraint == Size.class) {
            return "import.value.tooLong";
        }
        return violation.getMessageTemplate().replaceAll("^\\{|\\}$", "");
    }

    /** The report of a refused table: nothing written, every problem in row order. */
    static ImportReport refused(List<TableRow> table, List<ImportProblem> problems) {
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return ImportReport.refused(Math.max(0, table.size() - 1), problems);
    }
}
