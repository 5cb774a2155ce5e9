package app.redline.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import understands, each known by its English and Chinese headers (any case,
 * spaces, "*" marks and brackets ignored), found in whatever order the file has them.
 */
public final class ImportColumns {

    /** A column: its key (also its message key suffix), whether it is required, and its headers. */
    public record Column(String key, boolean required, List<String> headers) {

        public static Column required(String key, String... headers) {
            return new Column(key, true, List.of(headers));
        }

        public static Column optional(String key, String... headers) {
            return new Column(key, false, List.of(headers));
        }
    }

    private final List<Column> columns;

    public ImportColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<Column> all() {
        return columns;
    }

    /**
     * Where each column is in a header row; a required column that is missing is a problem of row 1.
     */
    public Map<String, Integer> locate(TableFile.TableRow header, List<ImportProblem> problems) {
        Map<String, String> byHeader = new HashMap<>();
        for (Column column : columns) {
            byHeader.put(normalize(column.key()), column.key());
            column.headers().forEach(h -> byHeader.put(normalize(h), column.key()));
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String key = byHeader.get(normalize(header.cell(i)));
            if (key != null) {
                positions.putIfAbsent(key, i);
            }
        }
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column.key())) {
                problems.add(new ImportProblem(header.number(), column.key(), "import.column.missing"));
            }
        }
        return positions;
    }

    /** The headers of a template in one language: the first header given is English, the second Chinese. */
    public List<String> templateHeaders(Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        List<String> headers = new ArrayList<>();
        for (Column column : columns) {
            String header = column.headers().get(chinese && column.headers().size() > 1 ? 1 : 0);
            headers.add(column.required() ? header + "*" : header);
        }
        return headers;
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s*＊()（）_\\-]", "");
    }
}
