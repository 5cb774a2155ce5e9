package app.redline.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Streams a table to an .xlsx or .csv download as its producer hands over rows, so an export of a
 * million rows needs memory for a batch only. CSV is UTF-8 with a byte-order mark (spreadsheet
 * programs then read Chinese correctly); cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
public final class TableExport {

    public enum Format {
        XLSX,
        CSV
    }

    /** Takes the rows: call {@code row} once per row, in order. */
    public interface Producer {
        void produce(Consumer<List<?>> row);
    }

    /**
     * One sheet of a workbook: its name, header row, rows, and each column's width in characters
     * (null: from its header).
     */
    public record Sheet(String name, List<String> headers, Producer producer, List<Integer> widths) {

        public Sheet(String name, List<String> headers, Producer producer) {
            this(name, headers, producer, null);
        }
    }

    /**
     * The installation's time zone, for the date in a file's name (set once at startup from
     * {@code redline.time-zone}; the server's own zone until then).
     */
    private static volatile ZoneId zone = ZoneId.systemDefault();

    public static void useZone(ZoneId installationZone) {
        zone = installationZone;
    }

    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_CELL = 32_767;
    private static final int PAGE_SIZE = 1000;

    private TableExport() {}

    public static void send(
            HttpServletResponse response,
            Format format,
            String fileName,
            String sheetName,
            List<String> headers,
            Producer producer)
            throws IOException {
        send(response, format, fileName, new Sheet(sheetName, headers, producer));
    }

    /** Sends one sheet as .xlsx or .csv (the widths count for .xlsx only). */
    public static void send(HttpServletResponse response, Format format, String fileName, Sheet sheet)
            throws IOException {
        OutputStream out = attachment(response, format, fileName);
        if (format == Format.XLSX) {
            xlsx(out, List.of(sheet));
        } else {
            csv(out, sheet.headers(), sheet.producer());
        }
    }

    /** Sends a workbook of several sheets. */
    public static void sendWorkbook(HttpServletResponse response, String fileName, List<Sheet> sheets)
            throws IOException {
        xlsx(attachment(response, Format.XLSX, fileName), sheets);
    }

    private static OutputStream attachment(HttpServletResponse response, Format format, String fileName)
            throws IOException {
        String extension = format == Format.XLSX ? ".xlsx" : ".csv";
        response.setContentType(format == Format.XLSX ? XLSX_CONTENT_TYPE : "text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName + "-" + LocalDate.now(zone) + extension, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        return response.getOutputStream();
    }

    /** A producer that reads a paged list page after page, turning each item into its cells. */
    public static <T> Producer pages(Function<Pageable, Page<T>> pages, Function<T, List<?>> cells) {
        return row -> {
            Pageable pageable = PageRequest.of(0, PAGE_SIZE);
            Page<T> page;
            do {
                page = pages.apply(pageable);
                page.forEach(item -> row.accept(cells.apply(item)));
                pageable = pageable.next();
            } while (page.hasNext());
        };
    }

    /** Writes a workbook with one sheet: the header row, then the producer's rows. */
    public static void xlsx(OutputStream out, String sheetName, List<String> headers, Producer producer)
            throws IOException {
        xlsx(out, List.of(new Sheet(sheetName, headers, producer)));
    }

    /** Writes a workbook with a sheet for each of {@code sheets}, one after the other. */
    public static void xlsx(OutputStream out, List<Sheet> sheets) throws IOException {
        xlsx(out, sheets, SHEET_ROWS);
    }

    static void xlsx(OutputStream out, List<Sheet> sheets, int sheetRows) throws IOException {
        Workbook workbook = new Workbook(out, "Redline", "1.0");
        for (Sheet sheet : sheets) {
            write(workbook, sheet, sheetRows);
        }
        workbook.finish();
    }

    /** The rows a worksheet holds, its header included (Excel's limit). */
    static final int SHEET_ROWS = Worksheet.MAX_ROWS;

    /**
     * A sheet as a spreadsheet user expects it: a bold header row that stays in view and filters,
     * columns as wide as their header (or as given), numbers as numbers and dates as real dates. More
     * rows than a worksheet holds go on in continuation sheets ("name (2)", …) under the same header.
     */
    private static void write(Workbook workbook, Sheet content, int sheetRows) throws IOException {
        Worksheet[] sheet = {start(workbook, content, 1)};
        int[] row = {1};
        int[] part = {1};
        content.producer().produce(values -> {
            try {
                if (row[0] == sheetRows) {
                    finish(sheet[0], content, row[0]);
                    sheet[0] = start(workbook, content, ++part[0]);
                    row[0] = 1;
                }
                cells(sheet[0], row[0], values);
                if (++row[0] % 1000 == 0) {
                    sheet[0].flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        finish(sheet[0], content, row[0]);
    }

    private static Worksheet start(Workbook workbook, Sheet content, int part) {
        String name = content.name();
        if (part > 1) {
            String suffix = " (" + part + ")";
            name = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        Worksheet sheet = workbook.newWorksheet(name);
        List<String> headers = content.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
            Integer given = content.widths() == null || c >= content.widths().size()
                    ? null
                    : content.widths().get(c);
            sheet.width(c, given != null ? given : Math.min(40, Math.max(10, displayWidth(headers.get(c)) + 2)));
        }
        sheet.freezePane(0, 1);
        return sheet;
    }

    private static void cells(Worksheet sheet, int row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                sheet.value(row, c, number);
            } else if (value instanceof LocalDate date) {
                sheet.value(row, c, date);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (value != null) {
                String text = value.toString();
                // Inline, not in the workbook's shared strings: those stay in memory until the end
                // (263 MB at a million rows), an inline string leaves with its row.
                sheet.inlineString(row, c, text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
            }
        }
    }

    private static void finish(Worksheet sheet, Sheet content, int rows) throws IOException {
        if (!content.headers().isEmpty()) {
            sheet.setAutoFilter(0, 0, Math.max(0, rows - 1), content.headers().size() - 1);
        }
        sheet.finish();
    }

    /** A text's width in a spreadsheet's characters: a Chinese character takes two. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c > 0x2E7F ? 2 : 1).sum();
    }

    private static void csv(OutputStream out, List<String> headers, Producer producer) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, headers);
        producer.produce(values -> line(writer, values));
        writer.flush();
    }

    private static void line(Writer writer, List<?> values) {
        try {
            for (int c = 0; c < values.size(); c++) {
                if (c > 0) {
                    writer.write(',');
                }
                writer.write(csvCell(values.get(c)));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One CSV cell: a formula-like start made text (a leading apostrophe); quoted when it holds a
     * comma, a quote, a line break, or a semicolon or tab (the list separators Excel uses in many
     * locales, which would otherwise split the cell there).
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == ';' || c == '\t' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
