package nl.bis.placements.placement;

import nl.bis.placements.placementtype.PlacementTypeEntity;
import nl.bis.placements.placementtype.PlacementTypeService;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Problem;
import nl.bis.placements.common.Roles;
import nl.bis.placements.deadline.Deadline;
import nl.bis.placements.deadline.DeadlineCalculator;
import nl.bis.placements.deadline.DeadlineRuleService;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;

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
        placement.createdBy = currentUser.name();
        placement.createdAt = Instants.now(clock);
        placement.updatedBy = placement.createdBy;
        placement.updatedAt = placement.createdAt;
        placement.persist();
        history.record(placement, Action.CREATED, null, null, null, List.of());
        placement.flush();
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
    void checkAndApply(PlacementEntity placement, PlacementDraft draft, LocalDate registeredOn,
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
                    throw ApiException.unprocessable("duration-not-allowed", "Duration not allowed", detail);
                });
        if (PlacementChecks.needsParentalConsent(draft.birthDate(), draft.departureDate()) && !draft.parentalConsent()) {
            throw ApiException.unprocessable("parental-consent-required", "Parental consent required",
                    "The student is under 18 on the departure date, so parentalConsent must be true: a parent or "
                            + "guardian has to agree to the placement.");
        }
        PlacementEntity clash = PlacementEntity.find("student = ?1 and status not in ?2 and departureDate <= ?3 "
                        + "and returnDate >= ?4 and id <> ?5", placement.student,
                EnumSet.of(PlacementStatus.REJECTED, PlacementStatus.WITHDRAWN), draft.returnDate(),
                draft.departureDate(), placement.id == null ? -1L : placement.id).firstResult();
        if (clash != null) {
            throw new ApiException(new Problem("overlapping-placement", "Overlapping placement", 409,
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
            throw new ApiException(new Problem("registration-closed", "Registration closed", 422,
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

    static void checkNotInThePast(LocalDate departure, LocalDate today) {
        if (departure.isBefore(today)) {
            throw ApiException.invalid("departureDate", "must not be in the past (today is " + today + ")");
        }
    }
}
