package nl.bis.placements.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.deadline.Deadline;
import nl.bis.placements.deadline.DeadlineCalculator;
import nl.bis.placements.deadline.DeadlineRuleService;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placementtype.PlacementTypeEntity;
import nl.bis.placements.placementtype.PlacementTypeService;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;

/**
 * Registering placements against the deadline rules, and the checks of a draft that every later change of its
 * details passes again. A registration is written together with its history entry, in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementRegistration {

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
    HistoryRecorder history;

    @Inject
    jakarta.validation.Validator validator;

    @Inject
    jakarta.enterprise.inject.Instance<DetailsObserver> observers;

    @Transactional
    public PlacementEntity register(PlacementDraft draft) {
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        Caller caller = Caller.of(currentUser);
        return create(registrant(draft, caller), draft, Instants.now(clock), caller, null);
    }

    /**
     * A registration relayed by KL-app. KL-app's own registration time, not the time of receipt, decides which rule
     * applies and whether it is late; like a student's, a late one is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementEntity registerFromKlApp(String klAppId, Students.Registrant registrant, PlacementDraft draft,
                                             Instant registeredAt) {
        return create(registrant, draft, registeredAt, Caller.KL_APP, klAppId);
    }

    // ---------------------------------------------------------------------------------------------

    private PlacementEntity create(Students.Registrant registrant, PlacementDraft draft, Instant registeredAt,
                                   Caller caller, String klAppId) {
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
        checkAndApply(placement, complete, caller);
        audit.created(placement);
        placement.persist();
        history.record(placement, Action.CREATED, null, null, null, List.of());
        observers.forEach(observer -> observer.detailsSet(placement));
        observers.forEach(observer -> observer.registered(placement));
        placement.flush();
        return placement;
    }

    /** Who the placement is for; only staff accept a registration after its cutoff. */
    private Students.Registrant registrant(PlacementDraft draft, Caller caller) {
        if (!caller.acceptsLateRegistration() && draft.lateReason() != null) {
            throw ApiException.invalid("lateReason", "only staff may accept a registration after its cutoff");
        }
        return students.resolve(draft.studentNumber(), draft.studentName(), draft.studentEmail(),
                "register a placement");
    }

    /**
     * Checks the draft of a new placement against the rules and copies it onto the placement. The deadline is judged
     * by the rules in force on the registration day.
     */
    private void checkAndApply(PlacementEntity placement, PlacementDraft draft, Caller caller) {
        check(placement, draft);
        judge(placement, draft, placement.registeredOn, caller, draft.lateReason() != null);
        merge.copy(draft, placement);
    }

    /**
     * Checks a changed draft as a registration is checked and copies it onto the placement. The deadline is judged
     * again, by the rules in force on the registration day, only when the type, the departure or the late reason
     * changed, so a stored cutoff is never moved by a later rule change.
     */
    void checkAndApplyChange(PlacementEntity placement, PlacementDraft before, PlacementDraft after, Caller caller) {
        boolean lateReasonOffered = after.lateReason() != null && !after.lateReason().equals(before.lateReason());
        boolean rejudge = !before.placementType().equals(after.placementType())
                || !before.departureDate().equals(after.departureDate())
                || !Objects.equals(before.lateReason(), after.lateReason());
        check(placement, after);
        if (rejudge) {
            judge(placement, after, placement.registeredOn, caller, lateReasonOffered);
        }
        merge.copy(after, placement);
    }

    /** The checks of a draft that do not depend on the registration day. */
    private void check(PlacementEntity placement, PlacementDraft draft) {
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
    }

    /** Judges the deadline; {@code lateReasonOffered}: the draft brings a late reason the placement did not have. */
    private void judge(PlacementEntity placement, PlacementDraft draft, LocalDate registeredOn, Caller caller,
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
        if (!caller.acceptsLateRegistration() || lateReason == null) {
            throw new ApiException(ProblemType.REGISTRATION_CLOSED.problem(
                    "The registration cutoff for this placement was " + deadline.registrationCutoff()
                            + ": deadline rule " + deadline.ruleId() + " asks for registration at least "
                            + deadline.leadTime() + " before departure (" + draft.departureDate() + ")."
                            + (caller.acceptsLateRegistration()
                                    ? " Staff may still register it with a lateReason." : ""))
                    .with("cutoff", deadline.registrationCutoff())
                    .with("ruleId", deadline.ruleId())
                    .with("leadTime", deadline.leadTime().toString()));
        }
        placement.late = true;
        placement.lateReason = lateReason;
    }

    static void checkNotInThePast(LocalDate departure, LocalDate today) {
        if (departure.isBefore(today)) {
            throw ApiException.invalid("departureDate", "must not be in the past (today is " + today + ")");
        }
    }
}
