package app.redline.system;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of an uploaded table: the first sheet of an .xlsx workbook, or a UTF-8 .csv file (with or
 * without a byte-order mark). Tells the two apart by content, not by name. Empty rows are skipped;
 * each row keeps its number as the user sees it in the spreadsheet (the header is row 1).
 */
public final class TableFile {

    /** A row of cells as text (trimmed, never null) and its number in the file. */
    public record TableRow(int number, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The file cannot be read as a table; {@code code} is the message key saying why. */
    public static class UnreadableException extends Exception {

        private final String code;

        public UnreadableException(String code, Throwable cause) {
            super(code, cause);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private TableFile() {}

    /** Reads at most {@code maxRows} rows (header included); more is refused as too many. */
    public static List<TableRow> read(InputStream input, int maxRows) throws UnreadableException {
        try (BufferedInputStream in = new BufferedInputStream(input)) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            return zip ? readXlsx(in, maxRows) : readCsv(in, maxRows);
        } catch (UnreadableException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new UnreadableException("import.file.encoding", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("import.file.unreadable", e);
        }
    }

    /** A workbook may unpack to at most this much (a zip bomb unpacks to gigabytes from a few kilobytes). */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    static final int MAX_ENTRIES = 1000;

    private static List<TableRow> readXlsx(InputStream in, int maxRows) throws IOException, UnreadableException {
        byte[] workbookBytes = in.readAllBytes();
        checkUnpackedSize(workbookBytes);
        List<TableRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(workbookBytes))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(text(row.getCellText(c)));
                    }
                    add(rows, row.getRowNum(), cells, maxRows);
                }
            }
        }
        return rows;
    }

    /**
     * Unpacks the workbook once without keeping anything, counting what it unpacks to (the sizes
     * its entries claim are not trusted), and refuses it before it is read for real.
     */
    private static void checkUnpackedSize(byte[] workbook) throws IOException, UnreadableException {
        Path file = Files.createTempFile("redline-import", ".xlsx");
        try {
            Files.write(file, workbook);
            long unpacked = 0;
            byte[] buffer = new byte[64 * 1024];
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw new UnreadableException("import.file.unpacksTooLarge", null);
                }
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    try (InputStream entry = zip.getInputStream(entries.nextElement())) {
                        int n;
                        while ((n = entry.read(buffer)) > 0) {
                            unpacked += n;
                            if (unpacked > MAX_UNPACKED_BYTES) {
                                throw new UnreadableException("import.file.unpacksTooLarge", null);
                            }
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<TableRow> readCsv(InputStream in, int maxRows) throws IOException, UnreadableException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>();
                record.forEach(value -> cells.add(text(value)));
                add(rows, number, cells, maxRows);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            throw e;
        }
        return rows;
    }

    private static void add(List<TableRow> rows, int number, List<String> cells, int maxRows)
            throws UnreadableException {
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw new UnreadableException("import.file.tooManyRows", null);
        }
        rows.add(new TableRow(number, List.copyOf(cells)));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
