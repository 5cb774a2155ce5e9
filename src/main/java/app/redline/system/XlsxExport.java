package app.redline.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list to an .xlsx download, a page of rows at a time, so an export of any size needs
 * memory for one page only.
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int PAGE_SIZE = 1000;
    private static final int MAX_CELL = 32_767;

    private XlsxExport() {}

    /**
     * Sends the rows {@code pages} returns, page after page, under a header row. {@code cells} turns
     * a row into its cells (strings, numbers, booleans or null).
     */
    public static <T> void send(
            HttpServletResponse response,
            String fileName,
            String sheetName,
            List<String> headers,
            Function<Pageable, Page<T>> pages,
            Function<T, List<?>> cells)
            throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName + "-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        write(response.getOutputStream(), sheetName, headers, pages, cells);
    }

    public static <T> void write(
            OutputStream out,
            String sheetName,
            List<String> headers,
            Function<Pageable, Page<T>> pages,
            Function<T, List<?>> cells)
            throws IOException {
        Workbook workbook = new Workbook(out, "Redline", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        Pageable pageable = PageRequest.of(0, PAGE_SIZE);
        Page<T> page;
        do {
            page = pages.apply(pageable);
            for (T item : page) {
                List<?> values = cells.apply(item);
                for (int c = 0; c < values.size(); c++) {
                    cell(sheet, row, c, values.get(c));
                }
                row++;
            }
            sheet.flush();
            pageable = pageable.next();
        } while (page.hasNext());
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, column, bool);
        } else {
            String text = value.toString();
            sheet.value(row, column, text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
        }
    }
}
