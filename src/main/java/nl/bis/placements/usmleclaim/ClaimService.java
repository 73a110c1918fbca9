package nl.bis.placements.usmleclaim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.Constraints;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Problem.Violation;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;
import nl.bis.placements.usmleclaim.UsmleClaimHistoryEntity.Action;
import nl.bis.placements.usmleclaim.UsmleClaimHistoryEntity.FieldChange;
import nl.bis.placements.usmleclaim.UsmleClaimLifecycle.Actor;

/**
 * Starting, changing and moving claims through their lifecycle. Every change is written together with its history
 * entry, in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimService {

    /** The unique index that allows one counting claim per step and student (V8). */
    static final String ONE_PER_STEP = "usmle_claim_one_per_step";

    /** A requested status change; the members other than {@code to} may be null. */
    public record StatusChange(ClaimStatus to, String reason, Long reimbursedAmount, LocalDate paymentDate) {
    }

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Students students;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimDocuments documents;

    @Inject
    ClaimHistory history;

    /** A student starts a claim for themself, as a DRAFT. */
    @Transactional
    public ClaimView create(UsmleClaimRules.Claim draft) {
        Students.Registrant student = students.self("claim USMLE exam costs");
        check(draft);
        // Locked until the end of the transaction: claims of one student are started one after the other.
        StudentEntity record = students.upsertAndLock(student, null);
        refuseSecondClaim(record.studentNumber, draft.step(), null);
        UsmleClaimEntity claim = new UsmleClaimEntity();
        claim.student = record;
        claim.status = ClaimStatus.DRAFT;
        apply(draft, claim);
        audit.created(claim);
        write(claim, claim::persist);
        history.record(claim, Action.CREATED, null, null, List.of());
        write(claim, () -> UsmleClaimEntity.flush());
        return queries.view(claim);
    }

    /** The student replaces the members of their DRAFT claim; a replacement that changes nothing writes nothing. */
    @Transactional
    public ClaimView replace(long id, UsmleClaimRules.Claim draft, String ifMatch) {
        UsmleClaimEntity claim = queries.accessible(id, LockModeType.NONE);
        String studentNumber = claim.student.studentNumber;
        if (!currentUser.owns(studentNumber)) {
            throw ApiException.forbidden("Only the student whose claim it is may change it.");
        }
        ETags.requireMatch(ifMatch, claim.version);
        requireEditable(claim);
        check(draft);
        if (draft.step() != claim.step) {
            students.lock(studentNumber);
            refuseSecondClaim(studentNumber, draft.step(), claim.id);
        }
        List<FieldChange> changes = diff(claim.claim(), draft);
        if (!changes.isEmpty()) {
            apply(draft, claim);
            audit.updated(claim);
            history.record(claim, Action.UPDATED, null, null, changes);
            write(claim, () -> UsmleClaimEntity.flush());
        }
        return queries.view(claim);
    }

    @Transactional
    public ClaimView changeStatus(long id, StatusChange change, String ifMatch) {
        // Locked, so two moves at once are judged one after the other (the second sees the first's status).
        UsmleClaimEntity claim = queries.accessible(id, LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, claim.version);
        }
        ClaimStatus from = claim.status;
        ClaimStatus to = change.to();
        Set<Actor> actors = actorsFor(claim);
        if (!UsmleClaimLifecycle.isLegal(from, to)) {
            // Only the moves this caller may make: a student is not told to approve their own claim.
            Set<ClaimStatus> allowed = UsmleClaimLifecycle.next(from, actors);
            throw new ApiException(ProblemType.ILLEGAL_TRANSITION.problem(
                            "A claim that is " + from + " cannot become " + to + "."
                                    + (UsmleClaimLifecycle.next(from).isEmpty() ? " It is final."
                                    : allowed.isEmpty() ? " Your role cannot move it further."
                                    : " You can make it: " + allowed + "."))
                    .with("allowedStatuses", allowed.stream().map(Enum::name).toList()));
        }
        if (!UsmleClaimLifecycle.mayMove(from, to, actors)) {
            throw ApiException.forbidden("Your role may not change a claim from " + from + " to " + to + ".");
        }
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        checkMembers(change, reason);
        List<FieldChange> changes = new ArrayList<>();
        switch (to) {
            case SUBMITTED -> {
                Set<DocumentKind> missing = UsmleClaimRules.missingDocuments(documents.kindsOf(claim.id));
                if (!missing.isEmpty()) {
                    throw new ApiException(ProblemType.CLAIM_INCOMPLETE.problem(
                                    "Claim " + claim.id + " cannot be submitted yet: upload "
                                            + missing.stream().map(kind -> "the " + kind)
                                            .collect(Collectors.joining(", ")) + " first.")
                            .with("missingDocuments", missing.stream().map(Enum::name).toList()));
                }
                claim.submittedAt = Instants.now(clock);
            }
            case APPROVED -> {
                review(claim);
                claim.reimbursedAmount = change.reimbursedAmount();
                changes.add(new FieldChange("reimbursedAmount", null, String.valueOf(change.reimbursedAmount())));
            }
            case REJECTED -> {
                review(claim);
                claim.rejectionReason = reason;
            }
            case PAID -> {
                checkPaymentDate(claim, change.paymentDate());
                claim.paymentDate = change.paymentDate();
                changes.add(new FieldChange("paymentDate", null, String.valueOf(change.paymentDate())));
            }
            case DRAFT, WITHDRAWN -> {
            }
        }
        claim.status = to;
        audit.updated(claim);
        history.record(claim, Action.STATUS_CHANGED, from, reason, changes);
        write(claim, () -> UsmleClaimEntity.flush());
        return queries.view(claim);
    }

    // ---------------------------------------------------------------------------------------------

    /** The faculty's rules: 400 for what cannot be read as money, then 422 naming the first rule broken. */
    private void check(UsmleClaimRules.Claim draft) {
        InputLimits.requireInRange("examDate", draft.examDate());
        List<Violation> unreadable = UsmleClaimRules.unreadableAmounts(draft.items());
        if (!unreadable.isEmpty()) {
            throw ApiException.invalid(unreadable);
        }
        UsmleClaimRules.refusal(draft, LocalDate.now(clock)).ifPresent(problem -> {
            throw new ApiException(problem);
        });
    }

    static void requireEditable(UsmleClaimEntity claim) {
        if (!UsmleClaimLifecycle.isEditable(claim.status)) {
            throw new ApiException(ProblemType.CLAIM_NOT_EDITABLE, "Claim " + claim.id + " is " + claim.status
                    + "; a claim can be changed and given documents only while it is a DRAFT.");
        }
    }

    private static void refuseSecondClaim(String studentNumber, Step step, Long exceptId) {
        UsmleClaimEntity.countingFor(studentNumber, step, exceptId).ifPresent(other -> {
            throw secondClaim(other.id, step, other.status);
        });
    }

    private static ApiException secondClaim(Long otherId, Step step, ClaimStatus otherStatus) {
        return new ApiException(ProblemType.CLAIM_EXISTS.problem(
                        (otherId == null ? "There is already a claim for " + step
                                : "There is already claim " + otherId + " for " + step + " (" + otherStatus + ")")
                                + "; a student has one claim per step. A rejected or withdrawn claim does not count.")
                .with("conflictingClaimId", otherId));
    }

    /**
     * Runs a write, turning a violation of the one-claim-per-step index (two claims of a step written at the same
     * moment despite the check before) into the answer that check gives. The transaction is lost by then, so the
     * other claim cannot be named.
     */
    private static void write(UsmleClaimEntity claim, Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_PER_STEP)) {
                throw secondClaim(null, claim.step, null);
            }
            throw e;
        }
    }

    private static void apply(UsmleClaimRules.Claim draft, UsmleClaimEntity claim) {
        claim.step = draft.step();
        claim.examDate = draft.examDate();
        claim.passed = draft.passed();
        if (!draft.items().equals(claim.items())) {
            claim.lineItems.clear();
            draft.items().forEach(item -> claim.lineItems.add(LineItem.of(item)));
        }
    }

    private static List<FieldChange> diff(UsmleClaimRules.Claim before, UsmleClaimRules.Claim after) {
        List<FieldChange> changes = new ArrayList<>();
        changed(changes, "step", before.step(), after.step());
        changed(changes, "examDate", before.examDate(), after.examDate());
        changed(changes, "passed", before.passed(), after.passed());
        changed(changes, "lineItems", lines(before.items()), lines(after.items()));
        return changes;
    }

    private static void changed(List<FieldChange> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, String.valueOf(from), String.valueOf(to)));
        }
    }

    private static String lines(List<UsmleClaimRules.Item> items) {
        return items.stream().map(UsmleClaimRules::describe).collect(Collectors.joining("; "));
    }

    /** The members each move takes, and only those: 400 naming every one that is missing or out of place. */
    private static void checkMembers(StatusChange change, String reason) {
        ClaimStatus to = change.to();
        List<Violation> violations = new ArrayList<>();
        if (to == ClaimStatus.APPROVED && change.reimbursedAmount() == null) {
            violations.add(new Violation("reimbursedAmount", "is required when the status becomes APPROVED"));
        } else if (to != ClaimStatus.APPROVED && change.reimbursedAmount() != null) {
            violations.add(new Violation("reimbursedAmount", "is only for the move to APPROVED"));
        }
        if (to == ClaimStatus.PAID && change.paymentDate() == null) {
            violations.add(new Violation("paymentDate", "is required when the status becomes PAID"));
        } else if (to != ClaimStatus.PAID && change.paymentDate() != null) {
            violations.add(new Violation("paymentDate", "is only for the move to PAID"));
        }
        if (reason == null && UsmleClaimLifecycle.needsReason(to)) {
            violations.add(new Violation("reason", "is required when the status becomes " + to));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private void checkPaymentDate(UsmleClaimEntity claim, LocalDate paymentDate) {
        InputLimits.requireInRange("paymentDate", paymentDate);
        LocalDate today = LocalDate.now(clock);
        LocalDate approvedOn = LocalDate.ofInstant(claim.reviewedAt, clock.getZone());
        if (paymentDate.isAfter(today)) {
            throw ApiException.invalid("paymentDate", "must not be in the future (today is " + today + ")");
        }
        if (paymentDate.isBefore(approvedOn)) {
            throw ApiException.invalid("paymentDate",
                    "must not be before the day the claim was approved (" + approvedOn + ")");
        }
    }

    private void review(UsmleClaimEntity claim) {
        claim.reviewedAt = Instants.now(clock);
        claim.reviewedBy = currentUser.name();
    }

    private Set<Actor> actorsFor(UsmleClaimEntity claim) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (currentUser.hasRole(Roles.STAFF)) {
            actors.add(Actor.STAFF);
        }
        if (currentUser.owns(claim.student.studentNumber)) {
            actors.add(Actor.OWNER_STUDENT);
        }
        return actors;
    }
}
