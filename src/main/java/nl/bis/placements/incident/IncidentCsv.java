package nl.bis.placements.incident;

import java.util.ArrayList;
import java.util.List;
import nl.bis.placements.common.CsvCells;

/**
 * The yearly summary as CSV: UTF-8 with a byte-order mark (so that Excel reads the accents in host names right), a
 * header row, one row per country and host, and no cell a spreadsheet would run as a formula.
 */
final class IncidentCsv {

    static final String[] HEADER = {"year", "countryCode", "hostInstitution", "needlestickInjury", "illness",
        "accident", "safety", "other", "total"};

    private IncidentCsv() {
    }

    static String write(IncidentQueries.Summary summary) {
        return CsvCells.write(HEADER, summary.hosts(), host -> {
            List<Object> row = new ArrayList<>(List.of(summary.year(), host.countryCode(), host.hostInstitution()));
            for (IncidentRules.Kind kind : IncidentRules.Kind.values()) {
                row.add(host.counts().of(kind));
            }
            row.add(host.counts().total());
            return row;
        });
    }
}
