package nl.bis.placements.incident;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.bis.placements.common.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The yearly summary as CSV: UTF-8 with a byte-order mark (so that Excel reads the accents in host names right), a
 * header row, one row per country and host, and no cell a spreadsheet would run as a formula.
 */
final class IncidentCsv {

    static final String[] HEADER = {"year", "countryCode", "hostInstitution", "needlestickInjury", "illness",
        "accident", "safety", "other", "total"};

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private IncidentCsv() {
    }

    static String write(IncidentQueries.Summary summary) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (IncidentRules.HostCounts host : summary.hosts()) {
                List<Object> row = new ArrayList<>(List.of(summary.year(), CsvCells.cell(host.countryCode()),
                        CsvCells.cell(host.hostInstitution())));
                for (IncidentRules.Kind kind : IncidentRules.Kind.values()) {
                    row.add(host.counts().of(kind));
                }
                row.add(host.counts().total());
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
