package nl.bis.placements.usmleclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.bis.placements.common.Problem;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.usmleclaim.UsmleClaimRules.Claim;
import nl.bis.placements.usmleclaim.UsmleClaimRules.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsmleClaimRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    private static final Item EXAM_FEE = new Item(CostKind.EXAM_FEE, "Step 1 exam fee", 101_500, "USD");

    private static Claim claim(Step step, LocalDate examDate, boolean passed, Item... items) {
        return new Claim(step, examDate, passed, List.of(items));
    }

    private static Problem refusal(Claim claim) {
        return UsmleClaimRules.refusal(claim, TODAY).orElseThrow();
    }

    private static String slug(Problem problem) {
        return problem.getType().substring(problem.getType().lastIndexOf('/') + 1);
    }

    @Test
    void aPassedStepOneOrTwoExamWithItsFeesIsClaimable() {
        for (Step step : List.of(Step.STEP_1, Step.STEP_2)) {
            assertTrue(UsmleClaimRules.refusal(claim(step, LocalDate.of(2026, 11, 12), true, EXAM_FEE,
                    new Item(CostKind.REGISTRATION_FEE, null, 8_000, "USD")), TODAY).isEmpty(), step.name());
        }
    }

    @Test
    void stepThreeIsNotReimbursed() {
        Problem problem = refusal(claim(Step.STEP_3, LocalDate.of(2026, 11, 12), true, EXAM_FEE));
        assertEquals(ProblemType.STEP_NOT_CLAIMABLE.uri(), problem.getType());
        assertEquals(List.of("STEP_1", "STEP_2"), problem.getExtensions().get("claimableSteps"));
    }

    @Test
    void onlyPassedExamsAreReimbursed() {
        assertEquals("exam-not-passed", slug(refusal(claim(Step.STEP_2, LocalDate.of(2026, 11, 12), false, EXAM_FEE))));
    }

    @Test
    void theFirstOfJanuary2014AndTodayAreTheBoundsOfTheExamDate() {
        assertTrue(UsmleClaimRules.refusal(claim(Step.STEP_1, LocalDate.of(2014, 1, 1), true, EXAM_FEE), TODAY).isEmpty());
        assertTrue(UsmleClaimRules.refusal(claim(Step.STEP_1, TODAY, true, EXAM_FEE), TODAY).isEmpty());

        Problem early = refusal(claim(Step.STEP_1, LocalDate.of(2013, 12, 31), true, EXAM_FEE));
        assertEquals("exam-date-not-claimable", slug(early));
        assertEquals(LocalDate.of(2014, 1, 1), early.getExtensions().get("earliestExamDate"));
        assertEquals(TODAY, early.getExtensions().get("latestExamDate"));
        assertEquals("exam-date-not-claimable", slug(refusal(claim(Step.STEP_1, TODAY.plusDays(1), true, EXAM_FEE))));
    }

    @ParameterizedTest
    @EnumSource(value = CostKind.class, names = {"BOOKS", "APPS", "COURSE", "TRAVEL", "OTHER"})
    void onlyRegistrationAndExamFeesAreReimbursed(CostKind kind) {
        Problem problem = refusal(claim(Step.STEP_1, LocalDate.of(2026, 11, 12), true, EXAM_FEE,
                new Item(kind, null, 12_000, "USD")));
        assertEquals("cost-not-claimable", slug(problem));
        assertEquals(List.of(new Problem.Violation("lineItems[1].kind", kind + " is not reimbursed")),
                problem.getViolations());
        assertEquals(List.of("REGISTRATION_FEE", "EXAM_FEE"), problem.getExtensions().get("claimableKinds"));
    }

    @Test
    void theStepIsJudgedFirstThenPassingThenTheDateThenTheCosts() {
        Item books = new Item(CostKind.BOOKS, null, 5_000, "USD");
        LocalDate early = LocalDate.of(2010, 1, 1);
        assertEquals("step-not-claimable", slug(refusal(claim(Step.STEP_3, early, false, books))));
        assertEquals("exam-not-passed", slug(refusal(claim(Step.STEP_1, early, false, books))));
        assertEquals("exam-date-not-claimable", slug(refusal(claim(Step.STEP_1, early, true, books))));
    }

    @Test
    void amountsAreReadInMinorUnitsOfAnIso4217Currency() {
        assertTrue(UsmleClaimRules.unreadableAmounts(List.of(EXAM_FEE, new Item(CostKind.EXAM_FEE, null, 150_000,
                "JPY"), new Item(CostKind.EXAM_FEE, null, 1_000, "KWD"))).isEmpty());
        List<Problem.Violation> unreadable = UsmleClaimRules.unreadableAmounts(List.of(EXAM_FEE,
                new Item(CostKind.EXAM_FEE, null, 1, "XYZ"), new Item(CostKind.EXAM_FEE, null, 1, "XAU"),
                new Item(CostKind.EXAM_FEE, null, 1, "usd")));
        assertEquals(List.of("lineItems[1].currency", "lineItems[2].currency", "lineItems[3].currency"),
                unreadable.stream().map(Problem.Violation::field).toList());

        assertEquals("1015.00", UsmleClaimRules.decimal(101_500, "USD"));
        assertEquals("150000", UsmleClaimRules.decimal(150_000, "JPY"));
        assertEquals("1.000", UsmleClaimRules.decimal(1_000, "KWD"));
    }

    @Test
    void totalsArePerCurrencyInTheOrderTheyAppear() {
        assertEquals("USD 1095.00; EUR 25.50", UsmleClaimRules.totals(List.of(EXAM_FEE,
                new Item(CostKind.REGISTRATION_FEE, null, 2_550, "EUR"),
                new Item(CostKind.REGISTRATION_FEE, null, 8_000, "USD"))));
        assertEquals("EXAM_FEE 1015.00 USD (Step 1 exam fee)", UsmleClaimRules.describe(EXAM_FEE));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aClaimNeedsOneDocumentOfEachKind(int present) {
        List<DocumentKind> kinds = List.of(DocumentKind.values()).subList(0, present);
        EnumSet<DocumentKind> missing = EnumSet.allOf(DocumentKind.class);
        kinds.forEach(missing::remove);
        assertEquals(missing, UsmleClaimRules.missingDocuments(kinds));
    }

    @Test
    void twoInvoicesDoNotMakeUpForAMissingProofOfPayment() {
        assertEquals(EnumSet.of(DocumentKind.PROOF_OF_PAYMENT), UsmleClaimRules.missingDocuments(List.of(
                DocumentKind.INVOICE, DocumentKind.INVOICE, DocumentKind.DIPLOMA_OR_SCORE_REPORT)));
    }
}
