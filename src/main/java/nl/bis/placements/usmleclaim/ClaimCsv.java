package nl.bis.placements.usmleclaim;

import java.util.Arrays;
import java.util.List;
import nl.bis.placements.common.CsvCells;

/**
 * The staff export of claims: one row per claim, UTF-8 with a byte-order mark (so that Excel reads the accents
 * right), a header row, amounts as decimal numbers in the currency's major unit, and no cell a spreadsheet would run
 * as a formula.
 */
final class ClaimCsv {

    static final String[] HEADER = {"id", "studentNumber", "studentName", "step", "examDate", "status", "claimed",
        "submittedAt", "reviewedAt", "reviewedBy", "reimbursedAmount", "rejectionReason", "paymentDate"};

    private ClaimCsv() {
    }

    static String write(List<UsmleClaimEntity> claims) {
        return CsvCells.write(HEADER, claims, ClaimCsv::values);
    }

    /** One claim's values in {@link #HEADER} order (null when absent). */
    static List<Object> values(UsmleClaimEntity c) {
        return Arrays.asList(c.id, c.student.studentNumber, c.student.name, c.step, c.examDate, c.status,
                UsmleClaimRules.totals(c.items()), c.submittedAt, c.reviewedAt, c.reviewedBy,
                c.reimbursedAmount == null ? null : UsmleClaimRules.decimal(c.reimbursedAmount, "EUR"),
                c.rejectionReason, c.paymentDate);
    }
}
