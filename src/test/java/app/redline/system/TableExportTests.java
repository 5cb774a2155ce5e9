package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would split or run are quoted or made text. */
class TableExportTests {

    @Test
    void separatorsOfAnyLocaleAreQuoted() {
        assertThat(TableExport.csvCell("a;b")).isEqualTo("\"a;b\"");
        assertThat(TableExport.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(TableExport.csvCell("a\tb")).isEqualTo("\"a\tb\"");
        assertThat(TableExport.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TableExport.csvCell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(TableExport.csvCell("plain")).isEqualTo("plain");
        assertThat(TableExport.csvCell(null)).isEmpty();
    }

    @Test
    void aFormulaIsText() {
        assertThat(TableExport.csvCell("=1+1")).isEqualTo("'=1+1");
        assertThat(TableExport.csvCell("@SUM(A1);x")).isEqualTo("\"'@SUM(A1);x\"");
        assertThat(TableExport.csvCell(-5)).isEqualTo("-5");
    }

    /** A workbook's sheets, each as its rows' first cells. */
    static List<List<String>> firstColumns(byte[] xlsx) throws IOException {
        List<List<String>> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                sheets.add(sheet.read().stream().map(r -> r.getCellText(0)).toList());
            }
        }
        return sheets;
    }

    @Test
    void rowsBeyondASheetGoOnInTheNextUnderTheSameHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.Producer rows = row -> IntStream.rangeClosed(1, 25).forEach(n -> row.accept(List.of("r" + n, n)));
        TableExport.xlsx(out, List.of(new TableExport.Sheet("隐患", List.of("编号", "n"), rows)), 10);

        List<List<String>> sheets = firstColumns(out.toByteArray());
        assertThat(sheets).hasSize(3);
        assertThat(sheets.get(0)).hasSize(10).startsWith("编号", "r1").endsWith("r9");
        assertThat(sheets.get(1)).hasSize(10).startsWith("编号", "r10").endsWith("r18");
        assertThat(sheets.get(2)).containsExactly("编号", "r19", "r20", "r21", "r22", "r23", "r24", "r25");
    }
}
