package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

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
}
