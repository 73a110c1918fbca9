package nl.bis.placements.placement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import nl.bis.placements.common.CsvCells;
import nl.bis.placements.common.Instants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The staff export: one row per placement, UTF-8 with a byte-order mark (without it Excel reads the file in the
 * desktop's legacy code page and garbles every accent), a header row, and no cell a spreadsheet would run as a formula.
 * The columns here are also those of the workbook export ({@link PlacementSpreadsheet}).
 */
final class PlacementCsv {

    static final String[] HEADER = {"id", "studentNumber", "studentName", "studentEmail", "placementType",
        "countryCode", "city", "hostInstitution", "departureDate", "returnDate", "durationWeeks", "status", "late",
        "registeredAt"};

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PlacementCsv() {
    }

    static String write(List<PlacementEntity> placements) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (PlacementEntity p : placements) {
                csv.printRecord(values(p).stream().map(v -> v instanceof String text ? CsvCells.cell(text)
                        : v instanceof java.time.Instant instant ? Instants.format(instant) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One placement's values in {@link #HEADER} order, typed (null when absent). */
    static List<Object> values(PlacementEntity p) {
        return Arrays.asList(p.id, p.student.studentNumber, p.student.name, p.student.email, p.placementType,
                p.countryCode, p.city, p.hostInstitution, p.departureDate, p.returnDate, p.durationWeeks(), p.status,
                p.late, p.registeredAt);
    }
}
