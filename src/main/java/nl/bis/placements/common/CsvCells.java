package nl.bis.placements.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Text in an export that a spreadsheet must show as text: a cell that would start a formula gets a leading
 * apostrophe, as OWASP advises against CSV injection. Every CSV and workbook export uses this one rule, and every CSV
 * export is written by {@link #write}.
 */
public final class CsvCells {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvCells() {
    }

    /**
     * A CSV export: UTF-8 with a byte-order mark (so that Excel reads the accents right), a header row, then one row
     * per item with its values in header order; text through {@link #cell}, instants as the API writes them.
     */
    public static <T> String write(String[] header, List<T> rows, Function<T, List<Object>> values) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            for (T row : rows) {
                csv.printRecord(values.apply(row).stream().map(v -> v instanceof String text ? cell(text)
                        : v instanceof Instant instant ? Instants.format(instant) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text as a cell: with a leading apostrophe when a spreadsheet would evaluate it. */
    public static String cell(String text) {
        return startsAFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would take the text for a formula: it starts with = + - @, or a tab or carriage return. */
    public static boolean startsAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
