package nl.bis.placements.placement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.bis.placements.common.Instants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The staff export: one row per placement, UTF-8, a header row, and no cell a spreadsheet would run as a formula. */
final class PlacementCsv {

    static final String[] HEADER = {"id", "studentNumber", "studentName", "studentEmail", "placementType",
        "countryCode", "city", "hostInstitution", "departureDate", "returnDate", "durationWeeks", "status", "late",
        "registeredAt"};

    private PlacementCsv() {
    }

    static String write(List<PlacementEntity> placements) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (PlacementEntity p : placements) {
                csv.printRecord(p.id, cell(p.student.studentNumber), cell(p.student.name), cell(p.student.email),
                        p.placementType, p.countryCode, cell(p.city), cell(p.hostInstitution), p.departureDate,
                        p.returnDate, p.durationWeeks(), p.status, p.late,
                        Instants.format(p.registeredAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Text a spreadsheet would evaluate (it starts with = + - @, or a tab or carriage return before one) gets a
     * leading apostrophe, as OWASP advises against CSV injection.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
