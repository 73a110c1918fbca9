package nl.bis.placements.placement;

import java.util.Arrays;
import java.util.List;
import nl.bis.placements.common.CsvCells;

/**
 * The staff export: one row per placement, UTF-8 with a byte-order mark (without it Excel reads the file in the
 * desktop's legacy code page and garbles every accent), a header row, and no cell a spreadsheet would run as a formula.
 * The columns here are also those of the workbook export ({@link PlacementSpreadsheet}).
 */
final class PlacementCsv {

    static final String[] HEADER = {"id", "studentNumber", "studentName", "studentEmail", "placementType",
        "countryCode", "city", "hostInstitution", "departureDate", "returnDate", "durationWeeks", "status", "late",
        "registeredAt"};

    private PlacementCsv() {
    }

    static String write(List<PlacementEntity> placements) {
        return CsvCells.write(HEADER, placements, PlacementCsv::values);
    }

    /** One placement's values in {@link #HEADER} order, typed (null when absent). */
    static List<Object> values(PlacementEntity p) {
        return Arrays.asList(p.id, p.student.studentNumber, p.student.name, p.student.email, p.placementType,
                p.countryCode, p.city, p.hostInstitution, p.departureDate, p.returnDate, p.durationWeeks(), p.status,
                p.late, p.registeredAt);
    }
}
