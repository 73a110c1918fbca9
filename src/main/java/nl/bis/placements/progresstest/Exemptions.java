package nl.bis.placements.progresstest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.Constraints;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;
import nl.bis.placements.placement.PlacementQueries;
import nl.bis.placements.progresstest.ProgressTestRules.ExemptionState;
import nl.bis.placements.student.Students;

/**
 * Conflicts as the student sees them, and exemptions: asked by the student (or staff for them) in one call, decided
 * by the student desk. Each request and decision is a history entry of the placement, in the same transaction; the
 * refusal reason stays on the exemption, out of the history and the change feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Exemptions {

    /** The unique index that allows one asked or granted exemption per conflict (V13). */
    static final String ONCE = "progress_test_exemption_once";

    /** A conflict with its current exemption (the latest asked), if any. */
    public record ConflictView(ConflictEntity conflict, ExemptionEntity exemption) {
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
    PlacementQueries placements;

    @Inject
    PlacementChanges changes;

    public List<ConflictView> ofPlacement(long placementId) {
        placements.get(placementId);
        return withExemptions(ConflictEntity.shownFor("p.id = ?1", placementId));
    }

    public List<ConflictView> mine() {
        String own = students.self("read your progress-test conflicts").studentNumber();
        return withExemptions(ConflictEntity.shownFor("s.studentNumber = ?1", own));
    }

    public ExemptionEntity get(long id) {
        ExemptionEntity exemption = ExemptionEntity.withDetails(id);
        if (exemption == null || !currentUser.maySee(exemption.conflict.placement.student.studentNumber)) {
            throw ApiException.notFound("Progress-test exemption " + id);
        }
        return exemption;
    }

    /** The student (or staff for them) asks for an exemption from a test during an active placement. */
    @Transactional
    public ExemptionEntity request(long placementId, long progressTestId) {
        // The placement first, then its conflict: the order in which a change of the tests locks them too.
        PlacementEntity placement = placements.lockedForChange(placementId);
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(placement.student.studentNumber)) {
            throw ApiException.forbidden("Only the student of placement " + placementId
                    + " or staff may ask for an exemption.");
        }
        ConflictEntity conflict = ConflictEntity.lockedOf(placementId, progressTestId).filter(c -> c.active)
                .orElseThrow(() -> noConflict(placement, progressTestId));
        ExemptionEntity.countingOf(conflict.id).ifPresent(other -> {
            throw exists(other.id, conflict, other.status);
        });
        ExemptionEntity exemption = new ExemptionEntity();
        exemption.conflict = conflict;
        exemption.status = ExemptionState.REQUESTED;
        exemption.requestedBy = currentUser.name();
        exemption.requestedAt = Instants.now(clock);
        audit.created(exemption);
        try {
            exemption.persist();
            exemption.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONCE)) {
                throw exists(null, conflict, null);
            }
            throw e;
        }
        changes.recordFor(placement, Action.EXEMPTION_REQUESTED, "Exemption asked from the progress test of "
                + conflict.progressTest.testDate, List.of(new FieldChange("exemption", null, "REQUESTED")));
        placement.flush();
        return exemption;
    }

    /** The student desk grants or refuses a requested exemption; the decision is final. */
    @Transactional
    public ExemptionEntity decide(long id, ExemptionState decision, String reason) {
        ExemptionEntity exemption = get(id);
        PlacementEntity placement = exemption.conflict.placement;
        // The placement first, then the exemption, each read afresh under its lock.
        PlacementEntity.getEntityManager().refresh(placement, LockModeType.PESSIMISTIC_WRITE);
        PlacementEntity.getEntityManager().refresh(exemption, LockModeType.PESSIMISTIC_WRITE);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!ProgressTestRules.isDecision(decision)) {
            throw ApiException.invalid("decision", "must be GRANTED or REFUSED");
        }
        if (why == null && ProgressTestRules.needsReason(decision)) {
            throw ApiException.invalid("reason", "is required when the exemption is REFUSED");
        }
        if (why != null && !ProgressTestRules.needsReason(decision)) {
            throw ApiException.invalid("reason", "belongs to a refusal only; leave it out when granting");
        }
        if (!ProgressTestRules.isOpen(exemption.status)) {
            throw new ApiException(ProblemType.EXEMPTION_DECIDED, "Exemption " + id + " was " + exemption.status
                    + " already; a decision is final.");
        }
        ExemptionState from = exemption.status;
        exemption.status = decision;
        exemption.decidedBy = currentUser.name();
        exemption.decidedAt = Instants.now(clock);
        exemption.refusalReason = why;
        audit.updated(exemption);
        changes.recordFor(placement, Action.EXEMPTION_DECIDED, null,
                List.of(new FieldChange("exemption", from.name(), decision.name())));
        exemption.flush();
        return exemption;
    }

    // ---------------------------------------------------------------------------------------------

    private static List<ConflictView> withExemptions(List<ConflictEntity> conflicts) {
        Map<Long, ExemptionEntity> latest = new HashMap<>();
        for (ExemptionEntity e : ExemptionEntity.ofConflicts(conflicts.stream().map(c -> c.id).toList())) {
            latest.put(e.conflict.id, e);
        }
        return conflicts.stream().map(c -> new ConflictView(c, latest.get(c.id))).toList();
    }

    private static ApiException noConflict(PlacementEntity placement, long progressTestId) {
        ProgressTestEntity test = ProgressTestEntity.findById(progressTestId);
        String which = test == null ? "There is no progress test " + progressTestId
                : "The progress test of " + test.testDate + " does not fall during";
        return new ApiException(ProblemType.NO_PROGRESS_TEST_CONFLICT.problem(which
                        + (test == null ? ", so nothing falls during" : "") + " placement " + placement.id + " ("
                        + placement.departureDate + " to " + placement.returnDate + ", " + placement.status
                        + "); no exemption is needed.")
                .with("progressTestId", progressTestId));
    }

    private static ApiException exists(Long otherId, ConflictEntity conflict, ExemptionState otherStatus) {
        return new ApiException(ProblemType.EXEMPTION_EXISTS.problem((otherId == null
                        ? "An exemption" : "Exemption " + otherId) + " from the progress test of "
                        + conflict.progressTest.testDate + " was asked already for placement " + conflict.placement.id
                        + (otherStatus == null ? "" : " (" + otherStatus + ")") + ".")
                .with("conflictingExemptionId", otherId));
    }
}
