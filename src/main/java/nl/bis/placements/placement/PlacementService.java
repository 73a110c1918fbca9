package nl.bis.placements.placement;

import nl.bis.placements.placementtype.PlacementTypeEntity;
import nl.bis.placements.placementtype.PlacementTypeService;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Problem.Violation;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.deadline.Deadline;
import nl.bis.placements.deadline.DeadlineCalculator;
import nl.bis.placements.deadline.DeadlineRuleService;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;
import nl.bis.placements.placement.PlacementLifecycle.Actor;

/**
 * Registering placements against the deadline rules, changing them, and moving them through their lifecycle.
 * Every change is written together with its history entry, in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    DeadlineRuleService deadlines;

    @Inject
    PlacementTypeService types;

    @Inject
    Students students;

    @Inject
    PlacementMerge merge;

    @Inject
    jakarta.enterprise.inject.Instance<TransitionGuard> guards;

    @Inject
    jakarta.validation.Validator validator;

    /** A placement the caller may see: a student only their own; anything else is "not found". */
    public PlacementEntity get(long id) {
        return accessible(id, LockModeType.NONE);
    }

    public List<PlacementHistoryEntity> history(long id) {
        accessible(id, LockModeType.NONE);
        return PlacementHistoryEntity.of(id);
    }

    @Transactional
    public PlacementEntity register(PlacementDraft draft) {
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        boolean staff = currentUser.hasRole(Roles.STAFF);
        return create(registrant(draft, staff), draft, Instants.now(clock), staff, null);
    }

    /**
     * A registration relayed by KL-app. KL-app's own registration time, not the time of receipt, decides which rule
     * applies and whether it is late; like a student's, a late one is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementEntity registerFromKlApp(String klAppId, Students.Registrant registrant, PlacementDraft draft,
                                             Instant registeredAt) {
        return create(registrant, draft, registeredAt, false, klAppId);
    }

    /** Applies a JSON merge patch (RFC 7396) of the editable members, checked as a registration would be. */
    @Transactional
    public PlacementEntity update(long id, Map<String, Object> patch, String ifMatch) {
        PlacementEntity placement = accessible(id, LockModeType.NONE);
        boolean staff = currentUser.hasRole(Roles.STAFF);
        boolean owner = currentUser.owns(placement.student.studentNumber);
        if (!staff && !owner) {
            throw ApiException.forbidden("Your role lets you read placement " + id + " but not change it.");
        }
        ETags.requireMatch(ifMatch, placement.version);
        if (!staff && placement.status != PlacementStatus.REGISTERED) {
            throw new ApiException(ProblemType.NOT_EDITABLE,
                    "A student may change a placement only while it is REGISTERED; this one is " + placement.status
                            + ". Contact the international office.");
        }
        PlacementDraft before = merge.draftOf(placement);
        PlacementEntity changed = change(placement, before, merge.apply(before, patch, staff), staff, staff);
        if (!staff) {
            students.refreshFromToken(changed.student);
        }
        return changed;
    }

    /** A later delivery of a KL-app registration: KL-app is the source of the student's name and e-mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementEntity updateFromKlApp(PlacementEntity placement, PlacementDraft after) {
        return change(placement, merge.draftOf(placement), after, false, true);
    }

    /** The placement that came from a KL-app registration, if any. */
    public java.util.Optional<PlacementEntity> byKlAppId(String klAppId) {
        java.util.Optional<PlacementEntity> placement = PlacementEntity.byKlAppId(klAppId);
        placement.ifPresent(p -> Hibernate.initialize(p.student));
        return placement;
    }

    public PlacementDraft draftOf(PlacementEntity placement) {
        return merge.draftOf(placement);
    }

    @Transactional
    public PlacementEntity changeStatus(long id, PlacementStatus to, String reason, String ifMatch) {
        // Locked, so two moves at once are judged one after the other (the second sees the first's status).
        PlacementEntity placement = accessible(id, LockModeType.PESSIMISTIC_WRITE);
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
        record(placement, Action.STATUS_CHANGED, from, to, why, List.of());
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
            record(placement, Action.FLAGGED_FOR_REVIEW, null, null, reason,
                    List.of(new FieldChange("flaggedForReview", "false", "true")));
        }
        return affected.size();
    }

    /** Placements of a student departing after a date, earliest first (the next one's start is a due date). */
    public List<PlacementEntity> activeAfter(String studentNumber, LocalDate after) {
        return PlacementEntity.activeAfter(studentNumber, after);
    }

    // ---------------------------------------------------------------------------------------------

    private PlacementEntity create(Students.Registrant registrant, PlacementDraft draft, Instant registeredAt,
                                   boolean staff, String klAppId) {
        InputLimits.requireInRange("departureDate", draft.departureDate());
        InputLimits.requireInRange("birthDate", draft.birthDate());
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, clock.getZone());
        checkNotInThePast(draft.departureDate(), registeredOn);
        StudentEntity student = students.upsertAndLock(registrant, draft.birthDate());
        PlacementEntity placement = new PlacementEntity();
        placement.student = student;
        placement.klAppId = klAppId;
        placement.status = PlacementStatus.REGISTERED;
        placement.registeredAt = registeredAt;
        placement.registeredOn = registeredOn;
        PlacementDraft complete = draft.birthDate() != null ? draft : merge.withBirthDate(draft, student.birthDate);
        checkAndApply(placement, complete, registeredOn, true, staff, draft.lateReason() != null);
        audit.created(placement);
        placement.persist();
        record(placement, Action.CREATED, null, null, null, List.of());
        placement.flush();
        return placement;
    }

    /** Checks and applies a changed draft; writes a history entry when anything changed, nothing otherwise. */
    private PlacementEntity change(PlacementEntity placement, PlacementDraft before, PlacementDraft after,
                                   boolean staff, boolean renameStudent) {
        boolean lateReasonOffered = after.lateReason() != null && !after.lateReason().equals(before.lateReason());
        boolean rejudge = !before.placementType().equals(after.placementType())
                || !before.departureDate().equals(after.departureDate())
                || !Objects.equals(before.lateReason(), after.lateReason());
        boolean wasLate = placement.late;
        if (!before.departureDate().equals(after.departureDate())) {
            checkNotInThePast(after.departureDate(), LocalDate.now(clock));
        }
        students.lock(placement.student.studentNumber);
        checkAndApply(placement, after, placement.registeredOn, rejudge, staff, lateReasonOffered);
        if (renameStudent) {
            students.rename(placement.student, after.studentName(), after.studentEmail());
        }
        placement.student.birthDate = after.birthDate();
        List<FieldChange> changes = new ArrayList<>(merge.diff(before, merge.draftOf(placement)));
        if (wasLate != placement.late) {
            changes.add(new FieldChange("late", String.valueOf(wasLate), String.valueOf(placement.late)));
        }
        if (!changes.isEmpty()) {
            audit.updated(placement);
            record(placement, Action.UPDATED, null, null, null, changes);
            placement.flush();
        }
        return placement;
    }

    /** Who the placement is for; only staff accept a registration after its cutoff. */
    private Students.Registrant registrant(PlacementDraft draft, boolean staff) {
        if (!staff && draft.lateReason() != null) {
            throw ApiException.invalid("lateReason", "only staff may accept a registration after its cutoff");
        }
        return students.resolve(draft.studentNumber(), draft.studentName(), draft.studentEmail(),
                "register a placement");
    }

    /**
     * Checks a draft against the rules and copies it onto the placement. The deadline is judged by the rules in
     * force on the registration day; {@code judgeDeadline} is false when neither type nor departure changed, so a
     * stored cutoff is never moved by a later rule change.
     */
    private void checkAndApply(PlacementEntity placement, PlacementDraft draft, LocalDate registeredOn,
                               boolean judgeDeadline, boolean staff, boolean lateReasonOffered) {
        InputLimits.requireInRange("departureDate", draft.departureDate());
        InputLimits.requireInRange("returnDate", draft.returnDate());
        InputLimits.requireInRange("birthDate", draft.birthDate());
        if (draft.returnDate().isBefore(draft.departureDate())) {
            throw ApiException.invalid("returnDate", "must not be before departureDate");
        }
        if (!PlacementChecks.isCountry(draft.destination().countryCode())) {
            throw ApiException.invalid("destination.countryCode", "is not an ISO 3166-1 alpha-2 country code");
        }
        PlacementTypeEntity type = types.find(draft.placementType())
                .orElseThrow(() -> ApiException.invalid("placementType", "must be one of " + types.codes()));
        PlacementChecks.durationProblem(type.nameEn.toLowerCase(java.util.Locale.ROOT), type.minDurationWeeks,
                        type.maxDurationWeeks, draft.departureDate(), draft.returnDate())
                .ifPresent(detail -> {
                    throw new ApiException(ProblemType.DURATION_NOT_ALLOWED, detail);
                });
        if (PlacementChecks.needsParentalConsent(draft.birthDate(), draft.departureDate()) && !draft.parentalConsent()) {
            throw new ApiException(ProblemType.PARENTAL_CONSENT_REQUIRED,
                    "The student is under 18 on the departure date, so parentalConsent must be true: a parent or "
                            + "guardian has to agree to the placement.");
        }
        PlacementEntity clash = PlacementEntity.overlapping(placement.student, draft.departureDate(),
                draft.returnDate(), placement.id);
        if (clash != null) {
            throw new ApiException(ProblemType.OVERLAPPING_PLACEMENT.problem(
                    "The student already has placement " + clash.id + " from " + clash.departureDate + " to "
                            + clash.returnDate + ", which overlaps these dates.")
                    .with("conflictingPlacementId", clash.id));
        }
        if (judgeDeadline) {
            judge(placement, draft, registeredOn, staff, lateReasonOffered);
        }
        merge.copy(draft, placement);
    }

    private void judge(PlacementEntity placement, PlacementDraft draft, LocalDate registeredOn, boolean staff,
                       boolean lateReasonOffered) {
        String lateReason = draft.lateReason();
        Deadline deadline = deadlines.judge(draft.placementType(), draft.departureDate(), registeredOn);
        placement.registrationCutoff = deadline.registrationCutoff();
        placement.registrationRuleId = deadline.ruleId();
        boolean late = deadline.registrationCutoff() != null
                && !DeadlineCalculator.onTime(registeredOn, deadline.registrationCutoff());
        if (!late) {
            if (lateReasonOffered) {
                throw ApiException.invalid("lateReason", "is only for a registration after its cutoff ("
                        + (deadline.registrationCutoff() == null ? "this type has none" : deadline.registrationCutoff())
                        + ")");
            }
            placement.late = false;
            placement.lateReason = null;
            return;
        }
        if (!staff || lateReason == null) {
            throw new ApiException(ProblemType.REGISTRATION_CLOSED.problem(
                    "The registration cutoff for this placement was " + deadline.registrationCutoff()
                            + ": deadline rule " + deadline.ruleId() + " asks for registration at least "
                            + deadline.leadTime() + " before departure (" + draft.departureDate() + ")."
                            + (staff ? " Staff may still register it with a lateReason." : ""))
                    .with("cutoff", deadline.registrationCutoff())
                    .with("ruleId", deadline.ruleId())
                    .with("leadTime", deadline.leadTime().toString()));
        }
        placement.late = true;
        placement.lateReason = lateReason;
    }

    private static void checkNotInThePast(LocalDate departure, LocalDate today) {
        if (departure.isBefore(today)) {
            throw ApiException.invalid("departureDate", "must not be in the past (today is " + today + ")");
        }
    }

    private PlacementEntity accessible(long id, LockModeType lock) {
        PlacementEntity placement = lock == LockModeType.NONE
                ? PlacementEntity.withStudent(id)
                : PlacementEntity.findById(id, lock);
        if (placement == null || !currentUser.maySee(placement.student.studentNumber)) {
            throw ApiException.notFound("Placement " + id);
        }
        Hibernate.initialize(placement.student); // the resource maps it after the transaction has ended
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

    private void record(PlacementEntity placement, Action action, PlacementStatus from, PlacementStatus to,
                        String reason, List<FieldChange> changes) {
        PlacementHistoryEntity entry = new PlacementHistoryEntity();
        entry.placementId = placement.id;
        entry.changedAt = Instants.now(clock);
        entry.changedBy = currentUser.name();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.status = placement.status;
        entry.reason = reason;
        entry.changes = changes;
        entry.persist();
    }
}
