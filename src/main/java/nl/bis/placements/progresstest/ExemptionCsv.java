package nl.bis.placements.progresstest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.bis.placements.common.CsvCells;
import nl.bis.placements.common.Instants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The exam office's list of exemptions: UTF-8 with a byte-order mark (so that Excel reads the accents right), a header
 * row, and no cell a spreadsheet would run as a formula.
 */
final class ExemptionCsv {

    static final String[] HEADER = {"studentNumber", "studentName", "testDate", "testName", "status", "placementType",
        "countryCode", "departureDate", "returnDate", "conflictActive", "decidedBy", "decidedAt"};

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ExemptionCsv() {
    }

    static String write(List<ExemptionEntity> exemptions) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (ExemptionEntity e : exemptions) {
                csv.printRecord(values(e).stream().map(v -> v instanceof String text ? CsvCells.cell(text)
                        : v instanceof Instant instant ? Instants.format(instant) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One exemption's values in {@link #HEADER} order (null when absent). */
    static List<Object> values(ExemptionEntity e) {
        var p = e.conflict.placement;
        var t = e.conflict.progressTest;
        return Arrays.asList(p.student.studentNumber, p.student.name, t.testDate, t.name, e.status, p.placementType,
                p.countryCode, p.departureDate, p.returnDate, e.conflict.active, e.decidedBy, e.decidedAt);
    }
}
