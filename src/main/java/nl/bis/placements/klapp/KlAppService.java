package nl.bis.placements.klapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Problem;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementDraft;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementQueries;
import nl.bis.placements.placement.PlacementRegistration;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.student.Students;

/**
 * Registrations pushed by KL-app: an idempotent upsert per KL-app id. Deliveries of one id are serialised by a row
 * lock in PostgreSQL, so retries and duplicates arriving at several instances at once create one placement.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KlAppService {

    /** KL-app's clock may run a little ahead of ours; a registration further in the future is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** What a delivery did, with the placement and the registration's state after it. */
    public sealed interface Result {

        PlacementEntity placement();

        KlAppRegistrationEntity registration();

        /** A new placement. */
        record Created(PlacementEntity placement, KlAppRegistrationEntity registration) implements Result {
        }

        /** The placement changed. */
        record Updated(PlacementEntity placement, KlAppRegistrationEntity registration) implements Result {
        }

        /** The placement already was as delivered (or was only read). */
        record Unchanged(PlacementEntity placement, KlAppRegistrationEntity registration) implements Result {
        }

        /** The change is not applied but kept as the registration's pending change; the problem says why. */
        record Refused(PlacementEntity placement, KlAppRegistrationEntity registration, Problem problem)
                implements Result {
        }
    }

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    PlacementQueries placements;

    @Inject
    PlacementRegistration registrations;

    @Inject
    PlacementChanges changes;

    public Result get(String klAppId) {
        KlAppRegistrationEntity registration = KlAppRegistrationEntity.findById(klAppId);
        PlacementEntity placement = placements.byKlAppId(klAppId)
                .orElseThrow(() -> ApiException.notFound("KL-app registration " + klAppId));
        return new Result.Unchanged(placement, registration);
    }

    @Transactional
    public Result upsert(String klAppId, KlAppPayload payload) {
        Set<ConstraintViolation<KlAppPayload>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (payload.registeredAt().isBefore(InputLimits.EARLIEST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
            throw ApiException.invalid("registeredAt", InputLimits.rangeMessage());
        }
        if (payload.registeredAt().isAfter(Instants.now(clock).plus(CLOCK_SKEW))) {
            throw ApiException.invalid("registeredAt", "must not lie in the future (at most " + CLOCK_SKEW.toMinutes()
                    + " minutes ahead of this service's clock are accepted)");
        }
        KlAppRegistrationEntity registration = KlAppRegistrationEntity.lock(klAppId);
        Students.Registrant student = new Students.Registrant(payload.studentNumber(), payload.studentName().strip(),
                payload.studentEmail());
        PlacementEntity placement = placements.byKlAppId(klAppId).orElse(null);
        if (placement == null) {
            placement = registrations.registerFromKlApp(klAppId, student, payload.toDraft(null), payload.registeredAt());
            return new Result.Created(placement, registration);
        }
        PlacementDraft current = placements.draftOf(placement);
        PlacementDraft wanted = payload.toDraft(current);
        boolean otherStudent = !current.studentNumber().equals(wanted.studentNumber());
        List<Problem.Violation> arrangement = arrangementChanges(current, wanted);
        // Once approved, the type, destination and dates are the office's to change, not KL-app's.
        if (otherStudent || placement.status.approvedOrLater() && !arrangement.isEmpty()) {
            if (!payload.equals(registration.pendingChange)) {
                registration.pendingChange = payload;
                registration.pendingSince = Instants.now(clock);
            }
            return new Result.Refused(placement, registration,
                    ProblemType.APPROVED_CHANGE_REFUSED.problem(otherStudent
                            ? "KL-app registration " + klAppId + " belongs to another student number; the change is "
                                    + "not applied but kept for review by the international office."
                            : "Placement " + placement.id + " is " + placement.status + "; a change of type, "
                                    + "destination or dates is not applied but kept for review by the international office.")
                    .with("conflictingPlacementId", placement.id).withViolations(arrangement));
        }
        long version = placement.version;
        changes.updateFromKlApp(placement, wanted);
        registration.pendingChange = null;
        registration.pendingSince = null;
        return placement.version != version ? new Result.Updated(placement, registration)
                : new Result.Unchanged(placement, registration);
    }

    /** Each member of the arrangement (the student, type, destination and dates) that would change, from what to what. */
    private static List<Problem.Violation> arrangementChanges(PlacementDraft current, PlacementDraft wanted) {
        List<Problem.Violation> members = new ArrayList<>();
        compare(members, "studentNumber", current.studentNumber(), wanted.studentNumber());
        compare(members, "placementType", current.placementType(), wanted.placementType());
        compare(members, "destination.countryCode", current.destination().countryCode(), wanted.destination().countryCode());
        compare(members, "destination.city", current.destination().city(), wanted.destination().city());
        compare(members, "destination.hostInstitution", current.destination().hostInstitution(),
                wanted.destination().hostInstitution());
        compare(members, "departureDate", current.departureDate(), wanted.departureDate());
        compare(members, "returnDate", current.returnDate(), wanted.returnDate());
        return members;
    }

    private static void compare(List<Problem.Violation> members, String field, Object now, Object wanted) {
        if (!Objects.equals(now, wanted)) {
            members.add(new Problem.Violation(field, "cannot change from " + now + " to " + wanted + " after approval"));
        }
    }
}
