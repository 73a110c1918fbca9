package nl.bis.placements.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.bis.placements.destination.TravelAdvice;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.readiness.ReadinessCheck.Code;
import nl.bis.placements.readiness.ReadinessCheck.Entry;
import nl.bis.placements.readiness.ReadinessCheck.HostApproval;
import nl.bis.placements.readiness.ReadinessCheck.Status;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2027, 9, 6);

    private static ReadinessCheck.Facts approved(boolean meetingRequired, TravelAdvice advice, List<LocalDate> meetings) {
        return new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null, false, null,
                meetingRequired, "Ghana", advice, meetings, null, Map.of(), Map.of(), true, HostApproval.NOT_NEEDED);
    }

    private static Status statusOf(ReadinessCheck.Result result, Code code) {
        return result.requirements().stream().filter(r -> r.code() == code).findFirst().orElseThrow().status();
    }

    @Test
    void aNonWesternDestinationNeedsAMeetingAttendedBeforeDeparture() {
        ReadinessCheck.Result none = ReadinessCheck.evaluate(approved(true, TravelAdvice.GREEN, List.of()));
        ReadinessCheck.Result onTheDay = ReadinessCheck.evaluate(approved(true, TravelAdvice.GREEN, List.of(DEPARTURE)));
        ReadinessCheck.Result before = ReadinessCheck.evaluate(
                approved(true, TravelAdvice.GREEN, List.of(DEPARTURE.minusWeeks(3))));

        assertEquals(Status.UNMET, statusOf(none, Code.PREPARATION_MEETING));
        assertFalse(none.readyToDepart());
        assertEquals(Status.UNMET, statusOf(onTheDay, Code.PREPARATION_MEETING));
        assertEquals(Status.MET, statusOf(before, Code.PREPARATION_MEETING));
        assertTrue(before.readyToDepart());
    }

    @Test
    void aWesternDestinationHasNoMeetingRequirement() {
        ReadinessCheck.Result result = ReadinessCheck.evaluate(approved(false, TravelAdvice.YELLOW, List.of()));

        assertTrue(result.requirements().stream().noneMatch(r -> r.code() == Code.PREPARATION_MEETING));
        assertTrue(result.readyToDepart());
    }

    @Test
    void orangeOrRedTravelAdviceBlocksDepartureAndCannotBeWaived() {
        ReadinessCheck.Facts red = new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null, false,
                null, false, "Mali", TravelAdvice.RED, List.of(), null,
                Map.of(Code.TRAVEL_ADVICE, new Entry("staff1", "please", null, null)), Map.of(), true, HostApproval.NOT_NEEDED);
        ReadinessCheck.Result result = ReadinessCheck.evaluate(red);

        assertEquals(Status.UNMET, statusOf(result, Code.TRAVEL_ADVICE));
        assertFalse(result.readyToDepart());
    }

    @Test
    void aWaiverCountsForAnUnmetRequirement() {
        ReadinessCheck.Facts waived = new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null,
                false, null, true, "Ghana", TravelAdvice.GREEN, List.of(), null,
                Map.of(Code.PREPARATION_MEETING, new Entry("staff1", "Attended at another faculty", null, null)),
                Map.of(), true, HostApproval.NOT_NEEDED);
        ReadinessCheck.Result result = ReadinessCheck.evaluate(waived);

        assertEquals(Status.WAIVED, statusOf(result, Code.PREPARATION_MEETING));
        assertTrue(result.readyToDepart());
    }

    @Test
    void parentalConsentIsARequirementOnlyUnderEighteen() {
        ReadinessCheck.Facts minor = new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null, false,
                DEPARTURE.minusYears(17), false, "Germany", TravelAdvice.GREEN, List.of(), null, Map.of(), Map.of(), true, HostApproval.NOT_NEEDED);

        assertEquals(Status.UNMET, statusOf(ReadinessCheck.evaluate(minor), Code.PARENTAL_CONSENT));
        assertTrue(ReadinessCheck.evaluate(approved(false, TravelAdvice.GREEN, List.of())).requirements().stream()
                .noneMatch(r -> r.code() == Code.PARENTAL_CONSENT));
    }

    @Test
    void afterReturnTheMrsaScreeningIsDueBeforeTheNextPlacement() {
        LocalDate next = LocalDate.of(2028, 2, 1);
        ReadinessCheck.Facts back = new ReadinessCheck.Facts(PlacementStatus.RETURNED, DEPARTURE, false, null, false,
                null, false, "Germany", TravelAdvice.GREEN, List.of(), next, Map.of(),
                Map.of(Code.EVALUATION, new Entry("staff1", null, LocalDate.of(2027, 12, 1), null)), true, HostApproval.NOT_NEEDED);
        ReadinessCheck.Result result = ReadinessCheck.evaluate(back);

        ReadinessCheck.Requirement mrsa = result.requirements().stream()
                .filter(r -> r.code() == Code.MRSA_SCREENING).findFirst().orElseThrow();
        assertEquals(Status.UNMET, mrsa.status());
        assertEquals(next, mrsa.dueDate());
        assertEquals(Status.MET, statusOf(result, Code.EVALUATION));
        assertFalse(result.readyToComplete());
    }

    @Test
    void theIntakeIsDoneOnceApproved() {
        ReadinessCheck.Facts registered = new ReadinessCheck.Facts(PlacementStatus.INTAKE_SCHEDULED, DEPARTURE, false,
                null, false, null, false, "Japan", TravelAdvice.GREEN, List.of(), null, Map.of(), Map.of(), true, HostApproval.NOT_NEEDED);

        assertEquals(Status.UNMET, statusOf(ReadinessCheck.evaluate(registered), Code.INTAKE_DONE));
        assertEquals(Status.MET, statusOf(ReadinessCheck.evaluate(approved(false, TravelAdvice.GREEN, List.of())),
                Code.INTAKE_DONE));
    }

    @Test
    void missingEmergencyContactsBlockDepartureUntilKnownOrWaived() {
        ReadinessCheck.Facts none = new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null, false,
                null, false, "Ghana", TravelAdvice.GREEN, List.of(), null, Map.of(), Map.of(), false,
                HostApproval.NOT_NEEDED);
        ReadinessCheck.Facts waived = new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null,
                false, null, false, "Ghana", TravelAdvice.GREEN, List.of(), null,
                Map.of(Code.EMERGENCY_CONTACTS, new Entry("staff1", "reachable through the host", null, null)),
                Map.of(), false, HostApproval.NOT_NEEDED);

        assertEquals(Status.UNMET, statusOf(ReadinessCheck.evaluate(none), Code.EMERGENCY_CONTACTS));
        assertFalse(ReadinessCheck.evaluate(none).readyToDepart());
        assertEquals(Status.WAIVED, statusOf(ReadinessCheck.evaluate(waived), Code.EMERGENCY_CONTACTS));
        assertTrue(ReadinessCheck.evaluate(waived).readyToDepart());
        assertEquals(Status.MET, statusOf(ReadinessCheck.evaluate(approved(false, TravelAdvice.GREEN, List.of())),
                Code.EMERGENCY_CONTACTS));
    }

    @Test
    void aHostAwaitingTheCoordinatorsApprovalIsAnUnmetRequirementAndAnApprovedHostNone() {
        for (HostApproval state : HostApproval.values()) {
            ReadinessCheck.Facts facts = new ReadinessCheck.Facts(PlacementStatus.APPROVED, DEPARTURE, false, null,
                    false, null, false, "Suriname", TravelAdvice.GREEN, List.of(), null,
                    Map.of(Code.HOST_APPROVED, new Entry("staff1", "a waiver does not count", null, null)), Map.of(),
                    true, state);
            ReadinessCheck.Result result = ReadinessCheck.evaluate(facts);

            boolean listed = result.requirements().stream().anyMatch(r -> r.code() == Code.HOST_APPROVED);
            assertEquals(state != HostApproval.NOT_NEEDED, listed, state.name());
            if (listed) {
                assertEquals(state == HostApproval.APPROVED ? Status.MET : Status.UNMET,
                        statusOf(result, Code.HOST_APPROVED), state.name());
            }
            assertEquals(state == HostApproval.NOT_NEEDED || state == HostApproval.APPROVED, result.readyToDepart(),
                    state.name());
        }
    }
}
