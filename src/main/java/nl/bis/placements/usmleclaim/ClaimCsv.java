package nl.bis.placements.usmleclaim;

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
 * The staff export of claims: one row per claim, UTF-8 with a byte-order mark (so that Excel reads the accents
 * right), a header row, amounts as decimal numbers in the currency's major unit, and no cell a spreadsheet would run
 * as a formula.
 */
final class ClaimCsv {

    static final String[] HEADER = {"id", "studentNumber", "studentName", "step", "examDate", "status", "claimed",
        "submittedAt", "reviewedAt", "reviewedBy", "reimbursedAmount", "rejectionReason", "paymentDate"};

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ClaimCsv() {
    }

    static String write(List<UsmleClaimEntity> claims) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (UsmleClaimEntity c : claims) {
                csv.printRecord(values(c).stream().map(v -> v instanceof String text ? CsvCells.cell(text)
                        : v instanceof Instant instant ? Instants.format(instant) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One claim's values in {@link #HEADER} order (null when absent). */
    static List<Object> values(UsmleClaimEntity c) {
        return Arrays.asList(c.id, c.student.studentNumber, c.student.name, c.step, c.examDate, c.status,
                UsmleClaimRules.totals(c.items()), c.submittedAt, c.reviewedAt, c.reviewedBy,
                c.reimbursedAmount == null ? null : UsmleClaimRules.decimal(c.reimbursedAmount, "EUR"),
                c.rejectionReason, c.paymentDate);
    }
}
