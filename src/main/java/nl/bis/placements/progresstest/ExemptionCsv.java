package nl.bis.placements.progresstest;

import java.util.Arrays;
import java.util.List;
import nl.bis.placements.common.CsvCells;

/**
 * The exam office's list of exemptions: UTF-8 with a byte-order mark (so that Excel reads the accents right), a header
 * row, and no cell a spreadsheet would run as a formula.
 */
final class ExemptionCsv {

    static final String[] HEADER = {"studentNumber", "studentName", "testDate", "testName", "status", "placementType",
        "countryCode", "departureDate", "returnDate", "conflictActive", "decidedBy", "decidedAt"};

    private ExemptionCsv() {
    }

    static String write(List<ExemptionEntity> exemptions) {
        return CsvCells.write(HEADER, exemptions, ExemptionCsv::values);
    }

    /** One exemption's values in {@link #HEADER} order (null when absent). */
    static List<Object> values(ExemptionEntity e) {
        var p = e.conflict.placement;
        var t = e.conflict.progressTest;
        return Arrays.asList(p.student.studentNumber, p.student.name, t.testDate, t.name, e.status, p.placementType,
                p.countryCode, p.departureDate, p.returnDate, e.conflict.active, e.decidedBy, e.decidedAt);
    }
}
