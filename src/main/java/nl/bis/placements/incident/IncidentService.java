package nl.bis.placements.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.incident.IncidentRules.FollowUp;
import nl.bis.placements.incident.IncidentRules.Kind;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementQueries;

/**
 * Reporting incidents and recording the follow-up of needle-stick injuries. A report is written together with the
 * placement's history entry, which names neither the kind nor anything else of the incident: coordinators read the
 * history, KL-app the change feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IncidentService {

    /** An incident as reported; the text members as sent. */
    public record Report(Kind kind, LocalDate occurredOn, String location, String description) {
    }

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    PlacementChanges placementChanges;

    @Inject
    PlacementQueries placements;

    /**
     * The student of the placement (or staff for them) reports an incident: 409 unless the placement is under way or
     * over, 422 for a day outside the placement or in the future.
     */
    @Transactional
    public IncidentEntity report(long placementId, Report report) {
        InputLimits.requireInRange("occurredOn", report.occurredOn());
        String location = required("location", report.location());
        String description = required("description", report.description());
        // Locked, so that the report is judged on the status it is written under (and recorded in its history).
        PlacementEntity placement = placements.lockedForChange(placementId);
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(placement.student.studentNumber)) {
            throw ApiException.forbidden("Only the student of placement " + placementId
                    + " and staff may report an incident of it.");
        }
        if (!IncidentRules.isReportable(placement.status)) {
            throw new ApiException(ProblemType.INCIDENT_NOT_REPORTABLE.problem("Placement " + placementId + " is "
                            + placement.status + "; incidents are reported once the student has left, while it is "
                            + "ABROAD, RETURNED or COMPLETED.")
                    .with("placementStatus", placement.status.name()));
        }
        checkDate(placement, report.occurredOn());
        IncidentEntity incident = new IncidentEntity();
        incident.placement = placement;
        incident.kind = report.kind();
        incident.occurredOn = report.occurredOn();
        incident.location = location;
        incident.description = description;
        incident.followUp = IncidentRules.followUpFor(report.kind()).orElse(null);
        audit.created(incident);
        incident.persist();
        placementChanges.recordFor(placement, Action.INCIDENT_REPORTED, null, List.of());
        placement.flush();
        return incident;
    }

    /** Staff record the follow-up of a needle-stick injury as handled, once. */
    @Transactional
    public IncidentEntity recordFollowUp(long incidentId, LocalDate handledOn, String note) {
        InputLimits.requireInRange("handledOn", handledOn);
        // Locked, so that of two recordings at once the second sees the first.
        IncidentEntity incident = IncidentEntity.findById(incidentId, LockModeType.PESSIMISTIC_WRITE);
        if (incident == null || !currentUser.maySee(incident.placement.student.studentNumber)) {
            throw ApiException.notFound("Incident " + incidentId);
        }
        if (incident.followUp == null) {
            throw new ApiException(ProblemType.NO_FOLLOW_UP.problem("Incident " + incidentId + " is "
                            + article(incident.kind) + " " + incident.kind
                            + "; only a NEEDLESTICK_INJURY has a follow-up to record.")
                    .with("kind", incident.kind.name()));
        }
        if (incident.followUp == FollowUp.HANDLED) {
            throw new ApiException(ProblemType.FOLLOW_UP_RECORDED.problem("The follow-up of incident " + incidentId
                            + " was recorded already (handled on " + incident.handledOn + ").")
                    .with("handledOn", incident.handledOn.toString()));
        }
        IncidentRules.handledOnProblem(handledOn, incident.occurredOn, LocalDate.now(clock)).ifPresent(problem -> {
            throw ApiException.invalid("handledOn", problem);
        });
        incident.followUp = FollowUp.HANDLED;
        incident.handledOn = handledOn;
        incident.followUpNote = note == null || note.isBlank() ? null : note.strip();
        incident.handledBy = currentUser.name();
        incident.handledAt = Instants.now(clock);
        audit.updated(incident);
        incident.flush();
        return incident;
    }

    private void checkDate(PlacementEntity placement, LocalDate occurredOn) {
        LocalDate today = LocalDate.now(clock);
        var window = IncidentRules.window(placement.departureDate, placement.returnDate, today);
        if (window.isPresent() && window.get().contains(occurredOn)) {
            return;
        }
        LocalDate latest = window.map(IncidentRules.Window::latest).orElse(today);
        String detail = window.isEmpty()
                ? "Placement " + placement.id + " starts on " + placement.departureDate + ", after today (" + today
                        + "); an incident can be dated only on a day of it that has passed."
                : "An incident of placement " + placement.id + " is dated from its departure (" + placement.departureDate
                        + ") to its return (" + placement.returnDate + ") and not after today (" + today + "); "
                        + occurredOn + " is outside.";
        throw new ApiException(ProblemType.INCIDENT_DATE_OUTSIDE_PLACEMENT.problem(detail)
                .with("earliestDate", placement.departureDate.toString())
                .with("latestDate", latest.toString()));
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid(field, "must not be blank");
        }
        return text.strip();
    }

    private static String article(Kind kind) {
        return kind == Kind.ILLNESS || kind == Kind.ACCIDENT || kind == Kind.OTHER ? "an" : "a";
    }
}
