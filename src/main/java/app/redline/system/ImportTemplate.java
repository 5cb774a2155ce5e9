package app.redline.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends the empty template of an import: its header row, as .xlsx or as UTF-8 .csv with a BOM. */
public final class ImportTemplate {

    private ImportTemplate() {}

    public static void sendXlsx(HttpServletResponse response, String name, ImportColumns columns, Locale locale)
            throws IOException {
        attachment(response, TableExport.XLSX_CONTENT_TYPE, name + ".xlsx");
        TableExport.xlsx(response.getOutputStream(), name, columns.templateHeaders(locale), row -> {});
    }

    public static void sendCsv(HttpServletResponse response, String name, ImportColumns columns, Locale locale)
            throws IOException {
        attachment(response, "text/csv;charset=UTF-8", name + ".csv");
        String header = columns.templateHeaders(locale).stream()
                .map(h -> "\"" + h.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","));
        response.getOutputStream().write(("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8));
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
