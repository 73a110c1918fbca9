package nl.bis.placements.placement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;
import nl.bis.placements.placement.PlacementLifecycle.Actor;
import nl.bis.placements.student.Students;

/**
 * Changes to registered placements: their details (merge patch, KL-app), their status through the lifecycle, and
 * flags for review. Every change is written together with its history entry, in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementChanges {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Students students;

    @Inject
    PlacementMerge merge;

    @Inject
    PlacementQueries queries;

    @Inject
    PlacementRegistration registration;

    @Inject
    HistoryRecorder history;

    @Inject
    jakarta.enterprise.inject.Instance<TransitionGuard> guards;

    @Inject
    jakarta.enterprise.inject.Instance<DetailsObserver> observers;

    /** Applies a JSON merge patch (RFC 7396) of the editable members, checked as a registration would be. */
    @Transactional
    public PlacementEntity update(long id, Map<String, Object> patch, String ifMatch) {
        PlacementEntity placement = queries.accessible(id, LockModeType.NONE);
        Caller caller = Caller.of(currentUser);
        if (caller == Caller.STUDENT && !currentUser.owns(placement.student.studentNumber)) {
            throw ApiException.forbidden("Your role lets you read placement " + id + " but not change it.");
        }
        ETags.requireMatch(ifMatch, placement.version);
        if (caller == Caller.STUDENT && placement.status != PlacementStatus.REGISTERED) {
            throw new ApiException(ProblemType.NOT_EDITABLE,
                    "A student may change a placement only while it is REGISTERED; this one is " + placement.status
                            + ". Contact the international office.");
        }
        PlacementDraft before = merge.draftOf(placement);
        PlacementEntity changed = change(placement, before, merge.apply(before, patch, caller), caller);
        if (caller == Caller.STUDENT) {
            students.refreshFromToken(changed.student);
        }
        return changed;
    }

    /** A later delivery of a KL-app registration: KL-app is the source of the student's name and e-mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementEntity updateFromKlApp(PlacementEntity placement, PlacementDraft after) {
        return change(placement, merge.draftOf(placement), after, Caller.KL_APP);
    }

    @Transactional
    public PlacementEntity changeStatus(long id, PlacementStatus to, String reason, String ifMatch) {
        // Locked, so two moves at once are judged one after the other (the second sees the first's status).
        PlacementEntity placement = queries.accessible(id, LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, placement.version);
        }
        PlacementStatus from = placement.status;
        Set<Actor> actors = actorsFor(placement);
        if (!PlacementLifecycle.isLegal(from, to)) {
            // Only the moves this caller may make: a student is not told to approve their own placement.
            Set<PlacementStatus> allowed = PlacementLifecycle.next(from, actors);
            throw new ApiException(ProblemType.ILLEGAL_TRANSITION.problem(
                    "A placement that is " + from + " cannot become " + to + "."
                            + (PlacementLifecycle.next(from).isEmpty() ? " It is final."
                            : allowed.isEmpty() ? " Your role cannot move it further."
                            : " You can make it: " + allowed + "."))
                    .with("allowedStatuses", allowed.stream().map(Enum::name).toList()));
        }
        if (!PlacementLifecycle.mayMove(from, to, actors)) {
            throw ApiException.forbidden("Your role may not change a placement from " + from + " to " + to + ".");
        }
        if (!actors.contains(Actor.STAFF) && actors.contains(Actor.OWNER_STUDENT)) {
            students.refreshFromToken(placement.student);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && PlacementLifecycle.needsReason(to)) {
            throw ApiException.invalid("reason", "is required when the status becomes " + to);
        }
        guards.forEach(guard -> guard.check(placement, to));
        placement.status = to;
        audit.updated(placement);
        history.record(placement, Action.STATUS_CHANGED, from, to, why, List.of());
        observers.forEach(observer -> observer.statusChanged(placement, from, why));
        placement.flush();
        return placement;
    }

    /**
     * Flags every APPROVED or ABROAD placement in a country for review (the travel advice turned orange or red),
     * each with a history entry; returns how many were flagged now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int flagForReview(String countryCode, String reason) {
        List<PlacementEntity> affected = PlacementEntity.unflaggedUnderwayIn(countryCode);
        for (PlacementEntity placement : affected) {
            placement.flaggedForReview = true;
            audit.updated(placement);
            history.record(placement, Action.FLAGGED_FOR_REVIEW, null, null, reason,
                    List.of(new FieldChange("flaggedForReview", "false", "true")));
        }
        return affected.size();
    }

    /**
     * Records a change another feature made to what a placement carries (its address abroad, an incident, a
     * progress-test conflict or exemption, the decision on its host) as a history entry, so it is in the change feed;
     * the placement's version moves on. Call it in the transaction that makes the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFor(PlacementEntity placement, Action action, String reason, List<FieldChange> changes) {
        if (action == Action.CREATED || action == Action.STATUS_CHANGED) {
            throw new IllegalArgumentException(action + " is recorded by the placement itself");
        }
        long before = placement.version;
        audit.updated(placement);
        history.record(placement, action, null, null, reason, changes);
        placement.flush();
        if (placement.version == before) {
            // Nothing of the placement's own columns changed (the same caller within the clock's resolution).
            Panache.getEntityManager().lock(placement, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Checks and applies a changed draft; writes a history entry when anything changed, nothing otherwise. */
    private PlacementEntity change(PlacementEntity placement, PlacementDraft before, PlacementDraft after,
                                   Caller caller) {
        boolean wasLate = placement.late;
        if (!before.departureDate().equals(after.departureDate())) {
            PlacementRegistration.checkNotInThePast(after.departureDate(), LocalDate.now(clock));
        }
        students.lock(placement.student.studentNumber);
        registration.checkAndApplyChange(placement, before, after, caller);
        if (caller.namesTheStudent()) {
            students.rename(placement.student, after.studentName(), after.studentEmail());
        }
        placement.student.birthDate = after.birthDate();
        List<FieldChange> changes = new ArrayList<>(merge.diff(before, merge.draftOf(placement)));
        if (wasLate != placement.late) {
            changes.add(new FieldChange("late", String.valueOf(wasLate), String.valueOf(placement.late)));
        }
        if (!changes.isEmpty()) {
            audit.updated(placement);
            history.record(placement, Action.UPDATED, null, null, null, changes);
            observers.forEach(observer -> observer.detailsSet(placement));
            placement.flush();
        }
        return placement;
    }

    private Set<Actor> actorsFor(PlacementEntity placement) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (currentUser.hasRole(Roles.STAFF)) {
            actors.add(Actor.STAFF);
        }
        if (currentUser.hasRole(Roles.COORDINATOR)) {
            actors.add(Actor.COORDINATOR);
        }
        if (currentUser.owns(placement.student.studentNumber)) {
            actors.add(Actor.OWNER_STUDENT);
        }
        return actors;
    }
}
