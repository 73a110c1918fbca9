package nl.bis.placements.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.checklist.ChecklistItemEntity;
import nl.bis.placements.checklist.ChecklistItems;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.destination.DestinationEntity;
import nl.bis.placements.destination.DestinationService;
import nl.bis.placements.host.HostApprovals;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementQueries;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.preparation.EventService;
import nl.bis.placements.preparation.PreparationMeetings;
import nl.bis.placements.safety.EmergencyContactsService;
import nl.bis.placements.readiness.ReadinessCheck.Code;
import nl.bis.placements.readiness.ReadinessCheck.Entry;

/** Gathers the facts of a placement for {@link ReadinessCheck}, and keeps the waivers and results staff record. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadinessService {

    /**
     * The readiness of a placement: its requirements and the blocking items of its checklist, which hold up the same
     * moves ({@code today} decides which items are overdue).
     */
    public record View(PlacementEntity placement, ReadinessCheck.Result result,
                       List<EventService.EventView> nextMeetings, List<ChecklistItemEntity> checklistItems,
                       LocalDate today) {

        public boolean readyToDepart() {
            return result.readyToDepart() && unsettled(PlacementStatus.ABROAD).isEmpty();
        }

        public boolean readyToComplete() {
            return result.readyToComplete() && unsettled(PlacementStatus.COMPLETED).isEmpty();
        }

        /** The template codes of the checklist items that hold up the move to {@code to}. */
        public List<String> unsettled(PlacementStatus to) {
            return ChecklistItems.unsettled(checklistItems, to);
        }
    }

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    PlacementQueries placements;

    @Inject
    DestinationService destinations;

    @Inject
    PreparationMeetings preparation;

    @Inject
    ChecklistItems checklist;

    @Inject
    EmergencyContactsService emergencyContacts;

    @Inject
    HostApprovals hosts;

    public View readiness(long placementId) {
        PlacementEntity placement = placements.get(placementId);
        ReadinessCheck.Result result = evaluate(placement);
        boolean meetingUnmet = result.requirements().stream()
                .anyMatch(r -> r.code() == Code.PREPARATION_MEETING && r.status() == ReadinessCheck.Status.UNMET);
        return new View(placement, result,
                meetingUnmet ? preparation.openMeetingsBefore(placement.departureDate) : List.of(),
                checklist.blocking(placement), LocalDate.now(clock));
    }

    /**
     * The readiness of a placement as the status change judges it (without the meetings on offer), for work that
     * already holds the placement and has no caller, such as the reminders before departure.
     */
    public View gate(PlacementEntity placement) {
        return new View(placement, evaluate(placement), List.of(), checklist.blocking(placement), LocalDate.now(clock));
    }

    /** Staff waive a requirement with a reason; the travel advice can never be waived. */
    @Transactional
    public View waive(long placementId, Code code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "must not be blank");
        }
        if (code == Code.TRAVEL_ADVICE) {
            throw new ApiException(ProblemType.NOT_WAIVABLE,
                    "The travel policy forbids study travel to orange or red areas; it cannot be waived.");
        }
        if (code == Code.HOST_APPROVED) {
            throw new ApiException(ProblemType.NOT_WAIVABLE,
                    "A self-found host is approved by the clerkship coordinator; it cannot be waived.");
        }
        PlacementEntity placement = placements.get(placementId);
        if (evaluate(placement).requirements().stream().noneMatch(r -> r.code() == code)) {
            throw new ApiException(ProblemType.NOT_WAIVABLE,
                    code + " is not a requirement of placement " + placementId + " (now).");
        }
        ReadinessEntryEntity entry = entry(placement.id, code, ReadinessEntryEntity.Kind.WAIVER);
        entry.reason = reason.strip();
        return readiness(placementId);
    }

    /** Staff record the MRSA screening result or the evaluation, once the student is back. */
    @Transactional
    public View record(long placementId, Code code, LocalDate on, String result) {
        if (!ReadinessCheck.AFTER_RETURN.contains(code)) {
            throw new ApiException(ProblemType.NOT_RECORDABLE,
                    code + " follows from the placement itself; only MRSA_SCREENING and EVALUATION are recorded.");
        }
        PlacementEntity placement = placements.get(placementId);
        if (placement.status != PlacementStatus.RETURNED && placement.status != PlacementStatus.COMPLETED) {
            throw new ApiException(ProblemType.NOT_RECORDABLE,
                    code + " is recorded after return; placement " + placementId + " is " + placement.status + ".");
        }
        if (code == Code.MRSA_SCREENING && result == null) {
            throw ApiException.invalid("result", "is required for the MRSA screening (NEGATIVE or POSITIVE)");
        }
        if (code == Code.EVALUATION && result != null) {
            throw ApiException.invalid("result", "is only for the MRSA screening");
        }
        InputLimits.requireInRange("recordedOn", on);
        if (on.isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("recordedOn", "must not be in the future");
        }
        ReadinessEntryEntity entry = entry(placement.id, code, ReadinessEntryEntity.Kind.RECORD);
        entry.recordedOn = on;
        entry.result = code == Code.MRSA_SCREENING ? result : null;
        return readiness(placementId);
    }

    ReadinessCheck.Result evaluate(PlacementEntity placement) {
        DestinationEntity destination = destinations.get(placement.countryCode);
        Map<Code, Entry> waivers = new EnumMap<>(Code.class);
        Map<Code, Entry> records = new EnumMap<>(Code.class);
        for (ReadinessEntryEntity e : ReadinessEntryEntity.ofPlacement(placement.id)) {
            Entry entry = new Entry(e.createdBy, e.reason, e.recordedOn, e.result);
            (e.kind == ReadinessEntryEntity.Kind.WAIVER ? waivers : records).put(e.requirement, entry);
        }
        List<LocalDate> attended = preparation.attendedMeetings(placement.student.studentNumber).stream()
                .map(start -> LocalDate.ofInstant(start, clock.getZone())).toList();
        LocalDate next = placements.activeAfter(placement.student.studentNumber, placement.returnDate).stream()
                .map(p -> p.departureDate).findFirst().orElse(null);
        return ReadinessCheck.evaluate(new ReadinessCheck.Facts(placement.status, placement.departureDate,
                placement.late, placement.lateReason, placement.parentalConsent, placement.student.birthDate,
                destination.requiresPreparationMeeting, destination.nameEn, destination.travelAdvice, attended, next,
                waivers, records, emergencyContacts.kept(placement.student.studentNumber),
                hostApproval(placement)));
    }

    private ReadinessCheck.HostApproval hostApproval(PlacementEntity placement) {
        return hosts.statusOf(placement).map(status -> ReadinessCheck.HostApproval.valueOf(status.name()))
                .orElse(ReadinessCheck.HostApproval.NOT_NEEDED);
    }

    private ReadinessEntryEntity entry(long placementId, Code code, ReadinessEntryEntity.Kind kind) {
        ReadinessEntryEntity entry = ReadinessEntryEntity.of(placementId, code, kind);
        if (entry == null) {
            entry = new ReadinessEntryEntity();
            entry.placementId = placementId;
            entry.requirement = code;
            entry.kind = kind;
        }
        audit.created(entry);
        entry.persist();
        return entry;
    }
}
