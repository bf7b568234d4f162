package app.ambassade.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"https://evil.test\",\"click\")",
                "+1 555 0100",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1"
            })
    void aCellThatASpreadsheetWouldRunIsPrefixedWithAQuote(String text) {
        assertThat(CsvWriter.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hélène Dupont", "a=b", "1+1", "'already quoted", " =not at the start", "\n=next line"})
    void otherTextIsLeftAsItIs(String text) {
        assertThat(CsvWriter.neutralise(text)).isEqualTo(text);
    }

    @Test
    void rowsAreQuotedAsRfc4180AndReadBackAsTextExceptNumbers() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.to(out, "id", "name", "note", "at", "empty");
        csv.row(
                -3L,
                "=HYPERLINK(\"https://evil.test\",\"click\")",
                "Dupont, \"Jo\"\nsince 2010",
                Instant.parse("2026-11-02T09:15:30Z"),
                null);
        csv.row(4, "-@", Thread.State.NEW, "+", "");
        csv.flush();

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(out.toString()).startsWith("id,name,note,at,empty\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList())
                .containsExactly(
                        "-3",
                        "'=HYPERLINK(\"https://evil.test\",\"click\")",
                        "Dupont, \"Jo\"\nsince 2010",
                        "2026-11-02T09:15:30Z",
                        "");
        assertThat(records.get(1).toList()).containsExactly("4", "'-@", "NEW", "'+", "");
    }
}
