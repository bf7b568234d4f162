package app.ambassade.shared.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the portal writes CSV (every export goes through it; an architecture test keeps it so):
 * RFC 4180 quoting by commons-csv, and no cell that a spreadsheet would run as a formula. Text
 * starting with {@code = + - @}, a tab or a carriage return is prefixed with a single quote, as OWASP
 * recommends against CSV injection, so that {@code =HYPERLINK(...)} typed as a display name reaches
 * the manager's spreadsheet as text. Numbers are ours, not typed by people: they are written as they are.
 */
public final class CsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A writer whose first line is the header. */
    public static CsvWriter to(Writer out, String... header) {
        try {
            return new CsvWriter(new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setHeader(header).get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; {@code null} is an empty cell. */
    public void row(Object... cells) {
        List<Object> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(cell == null || cell instanceof Number ? cell : neutralise(cell.toString()));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a spreadsheet will show it without running it. */
    public static String neutralise(String text) {
        return text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    }
}
