package app.redline.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends the template of an import, as .xlsx or as UTF-8 .csv with a BOM: the header row and an
 * example row (skipped when the file is imported: its first cell starts with the example mark), and
 * in the workbook a sheet for each list of valid codes, with drop-down validation on its column.
 */
public final class ImportTemplate {

    /** What a template holds besides its header: an example row and the lists of valid values. */
    public record Extras(List<String> example, List<CodeList> lists) {

        public static Extras none() {
            return new Extras(List.of(), List.of());
        }
    }

    /**
     * Valid values of one column: on their own sheet (first column the value to type), or, without
     * a sheet name, as a short inline list; the column of the main sheet gets a drop-down of them.
     */
    public record CodeList(String sheet, List<String> headers, List<List<String>> rows, int column) {}

    /** Marks the example row; rows whose first cell starts with it are not imported. */
    public static final List<String> EXAMPLE_MARKS = List.of("示例：", "Example:");

    /** Rows of the main sheet that get the drop-downs. */
    private static final int VALIDATED_ROWS = 5000;

    private ImportTemplate() {}

    public static void sendXlsx(
            HttpServletResponse response, String name, ImportColumns columns, Locale locale, Extras extras)
            throws IOException {
        sendXlsx(response, name, name, columns, locale, extras, List.of());
    }

    /**
     * A workbook in the template's form holding {@code rows} under the header (an export that can be
     * imported again), saved as {@code fileName}.xlsx with its main sheet called {@code name}.
     */
    public static void sendXlsx(
            HttpServletResponse response,
            String name,
            String fileName,
            ImportColumns columns,
            Locale locale,
            Extras extras,
            List<List<String>> rows)
            throws IOException {
        attachment(response, TableExport.XLSX_CONTENT_TYPE, fileName + ".xlsx");
        Workbook workbook = new Workbook(response.getOutputStream(), "Redline", "1.0");
        Worksheet main = workbook.newWorksheet(name);
        List<String> headers = columns.templateHeaders(locale);
        for (int c = 0; c < headers.size(); c++) {
            main.value(0, c, headers.get(c));
            main.style(0, c).bold().set();
            main.width(c, Math.max(12, TableExport.displayWidth(headers.get(c)) + 4));
        }
        main.freezePane(0, 1);
        for (int c = 0; c < extras.example().size(); c++) {
            main.value(1, c, extras.example().get(c));
            main.style(1, c).italic().fontColor("808080").set();
        }
        int first = extras.example().isEmpty() ? 1 : 2;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                main.value(first + r, c, rows.get(r).get(c));
            }
        }
        for (CodeList list : extras.lists()) {
            if (list.sheet() == null) {
                main.range(1, list.column(), VALIDATED_ROWS, list.column())
                        .validateWithListByFormula(
                                "\"" + list.rows().stream().map(r -> r.get(0)).collect(Collectors.joining(",")) + "\"")
                        .showErrorMessage(true);
                continue;
            }
            Worksheet sheet = workbook.newWorksheet(list.sheet());
            for (int c = 0; c < list.headers().size(); c++) {
                sheet.value(0, c, list.headers().get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 0 ? 14 : 30);
            }
            for (int r = 0; r < list.rows().size(); r++) {
                for (int c = 0; c < list.rows().get(r).size(); c++) {
                    sheet.value(r + 1, c, list.rows().get(r).get(c));
                }
            }
            if (!list.rows().isEmpty()) {
                main.range(1, list.column(), VALIDATED_ROWS, list.column())
                        .validateWithListByFormula(
                                "'" + list.sheet() + "'!$A$2:$A$" + (list.rows().size() + 1))
                        .showErrorMessage(true);
            }
        }
        workbook.finish();
    }

    public static void sendCsv(
            HttpServletResponse response, String name, ImportColumns columns, Locale locale, Extras extras)
            throws IOException {
        attachment(response, "text/csv;charset=UTF-8", name + ".csv");
        StringBuilder text = new StringBuilder("\uFEFF").append(csvLine(columns.templateHeaders(locale)));
        if (!extras.example().isEmpty()) {
            text.append(csvLine(extras.example()));
        }
        response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an imported row is the template's example row (left in by the user): it is skipped. */
    public static boolean isExample(String firstCell) {
        return firstCell != null && EXAMPLE_MARKS.stream().anyMatch(firstCell.strip()::startsWith);
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(h -> "\"" + h.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\r\n";
    }

    private static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
