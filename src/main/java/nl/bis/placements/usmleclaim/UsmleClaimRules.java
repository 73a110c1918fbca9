package nl.bis.placements.usmleclaim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bis.placements.common.Problem;
import nl.bis.placements.common.ProblemType;

/**
 * The faculty's rules for USMLE cost claims, in plain Java: students claim the costs of Step 1 and Step 2, only for
 * exams taken on or after 1 January 2014 and passed, only the amounts paid for registering for and taking the exam
 * (not apps, books and the like), and the claim goes into review once the diploma (or score report), the invoice
 * and the proof of payment are handed in.
 */
public final class UsmleClaimRules {

    public static final LocalDate EARLIEST_EXAM_DATE = LocalDate.of(2014, 1, 1);
    /** The largest amount of one line item, and of a reimbursement, in minor units. */
    public static final long MAX_AMOUNT = 10_000_000L;
    public static final Set<Step> CLAIMABLE_STEPS = EnumSet.of(Step.STEP_1, Step.STEP_2);
    public static final Set<CostKind> CLAIMABLE_KINDS = EnumSet.of(CostKind.REGISTRATION_FEE, CostKind.EXAM_FEE);
    public static final Set<DocumentKind> REQUIRED_DOCUMENTS = EnumSet.allOf(DocumentKind.class);

    /** One amount paid, in minor units of its ISO 4217 currency. */
    public record Item(CostKind kind, String description, long amount, String currency) {
    }

    /** What the student claims. */
    public record Claim(Step step, LocalDate examDate, boolean passed, List<Item> items) {
    }

    private UsmleClaimRules() {
    }

    /**
     * The line items' members that cannot be read as money: a currency that is not an ISO 4217 code, or one without
     * a minor unit (gold, the test code), so that its amounts cannot be read in minor units.
     */
    public static List<Problem.Violation> unreadableAmounts(List<Item> items) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i).currency();
            String field = "lineItems[" + i + "].currency";
            Optional<Currency> currency = currency(code);
            if (currency.isEmpty()) {
                violations.add(new Problem.Violation(field, "is not an ISO 4217 currency code: '" + code + "'"));
            } else if (currency.get().getDefaultFractionDigits() < 0) {
                violations.add(new Problem.Violation(field,
                        code + " has no minor unit, so its amounts cannot be claimed; use the currency you paid in"));
            }
        }
        return violations;
    }

    /**
     * The first rule of the faculty that the claim breaks, as the problem to answer, in this order: the step, passing,
     * the exam date (on or after {@link #EARLIEST_EXAM_DATE}, not after {@code today}) and the kinds of cost.
     */
    public static Optional<Problem> refusal(Claim claim, LocalDate today) {
        if (!CLAIMABLE_STEPS.contains(claim.step())) {
            return Optional.of(ProblemType.STEP_NOT_CLAIMABLE.problem(
                            "Only USMLE Step 1 and Step 2 are reimbursed; " + claim.step() + " is not.")
                    .with("claimableSteps", names(CLAIMABLE_STEPS)));
        }
        if (!claim.passed()) {
            return Optional.of(ProblemType.EXAM_NOT_PASSED.problem(
                    "Only passed exams are reimbursed; claim the exam once you have passed it."));
        }
        String dateRule = null;
        if (claim.examDate().isBefore(EARLIEST_EXAM_DATE)) {
            dateRule = "Only exams taken on or after " + EARLIEST_EXAM_DATE + " are reimbursed; this one was taken on "
                    + claim.examDate() + ".";
        } else if (claim.examDate().isAfter(today)) {
            dateRule = "The exam date " + claim.examDate() + " is in the future (today is " + today
                    + "); claim an exam once you have taken and passed it.";
        }
        if (dateRule != null) {
            return Optional.of(ProblemType.EXAM_DATE_NOT_CLAIMABLE.problem(dateRule)
                    .with("earliestExamDate", EARLIEST_EXAM_DATE)
                    .with("latestExamDate", today));
        }
        List<Problem.Violation> refused = new ArrayList<>();
        for (int i = 0; i < claim.items().size(); i++) {
            CostKind kind = claim.items().get(i).kind();
            if (!CLAIMABLE_KINDS.contains(kind)) {
                refused.add(new Problem.Violation("lineItems[" + i + "].kind", kind + " is not reimbursed"));
            }
        }
        if (!refused.isEmpty()) {
            return Optional.of(ProblemType.COST_NOT_CLAIMABLE.problem(
                            "Only the fees for registering for and taking the exam are reimbursed, not books, apps, "
                                    + "courses or travel; see violations.")
                    .withViolations(refused)
                    .with("claimableKinds", names(CLAIMABLE_KINDS)));
        }
        return Optional.empty();
    }

    /** The document kinds a claim still lacks, in their order, given the kinds it has (repeats allowed). */
    public static Set<DocumentKind> missingDocuments(Collection<DocumentKind> present) {
        Set<DocumentKind> missing = EnumSet.copyOf(REQUIRED_DOCUMENTS);
        missing.removeAll(present);
        return missing;
    }

    /** An amount in minor units as a decimal number in the currency's major unit: 101500 USD is "1015.00". */
    public static String decimal(long amount, String currency) {
        int digits = currency(currency).map(Currency::getDefaultFractionDigits).filter(d -> d >= 0).orElse(0);
        return BigDecimal.valueOf(amount, digits).toPlainString();
    }

    /** An item as one line of text, for the history: "EXAM_FEE 1015.00 USD (USMLE Step 1 examination fee)". */
    public static String describe(Item item) {
        return item.kind() + " " + decimal(item.amount(), item.currency()) + " " + item.currency()
                + (item.description() == null ? "" : " (" + item.description() + ")");
    }

    /** The sum of the items per currency, in the order the currencies first appear: "USD 1095.00; EUR 25.00". */
    public static String totals(List<Item> items) {
        Map<String, Long> sums = new LinkedHashMap<>();
        items.forEach(item -> sums.merge(item.currency(), item.amount(), Long::sum));
        return sums.entrySet().stream().map(e -> e.getKey() + " " + decimal(e.getValue(), e.getKey()))
                .collect(Collectors.joining("; "));
    }

    private static Optional<Currency> currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
