package nl.bis.placements.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.incident.IncidentRules.Counted;
import nl.bis.placements.incident.IncidentRules.FollowUp;
import nl.bis.placements.incident.IncidentRules.Kind;
import nl.bis.placements.incident.IncidentRules.Window;
import nl.bis.placements.placement.PlacementStatus;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2027, 9, 6);
    private static final LocalDate RETURN = LocalDate.of(2027, 11, 1);

    @Test
    void incidentsAreReportedOnceTheStudentHasLeft() {
        for (PlacementStatus status : PlacementStatus.values()) {
            assertEquals(List.of(PlacementStatus.ABROAD, PlacementStatus.RETURNED, PlacementStatus.COMPLETED)
                    .contains(status), IncidentRules.isReportable(status), status.name());
        }
    }

    @Test
    void onlyANeedleStickInjuryOpensAFollowUp() {
        assertEquals(Optional.of(FollowUp.OPEN), IncidentRules.followUpFor(Kind.NEEDLESTICK_INJURY));
        for (Kind kind : List.of(Kind.ILLNESS, Kind.ACCIDENT, Kind.SAFETY, Kind.OTHER)) {
            assertEquals(Optional.empty(), IncidentRules.followUpFor(kind));
        }
    }

    @Test
    void theWindowRunsFromDepartureToReturnBothIncluded() {
        Window window = IncidentRules.window(DEPARTURE, RETURN, LocalDate.of(2028, 1, 1)).orElseThrow();
        assertTrue(window.contains(DEPARTURE));
        assertTrue(window.contains(RETURN));
        assertFalse(window.contains(DEPARTURE.minusDays(1)));
        assertFalse(window.contains(RETURN.plusDays(1)));
    }

    @Test
    void theWindowEndsToday() {
        LocalDate today = LocalDate.of(2027, 10, 1);
        assertEquals(new Window(DEPARTURE, today), IncidentRules.window(DEPARTURE, RETURN, today).orElseThrow());
        assertEquals(new Window(DEPARTURE, DEPARTURE), IncidentRules.window(DEPARTURE, RETURN, DEPARTURE).orElseThrow());
        assertEquals(Optional.empty(), IncidentRules.window(DEPARTURE, RETURN, DEPARTURE.minusDays(1)));
    }

    @Test
    void aFollowUpIsDatedFromTheIncidentToToday() {
        LocalDate occurred = LocalDate.of(2027, 10, 1);
        LocalDate today = LocalDate.of(2027, 11, 20);
        assertEquals(Optional.empty(), IncidentRules.handledOnProblem(occurred, occurred, today));
        assertEquals(Optional.empty(), IncidentRules.handledOnProblem(today, occurred, today));
        assertTrue(IncidentRules.handledOnProblem(today.plusDays(1), occurred, today).isPresent());
        assertTrue(IncidentRules.handledOnProblem(occurred.minusDays(1), occurred, today).isPresent());
    }

    @Test
    void theSummaryCountsEveryKindPerCountryAndHostInOrder() {
        var rows = IncidentRules.perHost(List.of(
                new Counted("SR", "AZP", Kind.ACCIDENT),
                new Counted("GH", "KATH", Kind.NEEDLESTICK_INJURY),
                new Counted("GH", "KATH", Kind.NEEDLESTICK_INJURY),
                new Counted("GH", "Accra", Kind.ILLNESS)));

        assertEquals(List.of("GH/Accra", "GH/KATH", "SR/AZP"),
                rows.stream().map(r -> r.countryCode() + "/" + r.hostInstitution()).toList());
        assertEquals(2, rows.get(1).counts().of(Kind.NEEDLESTICK_INJURY));
        assertEquals(0, rows.get(1).counts().of(Kind.OTHER));
        assertEquals(2, rows.get(1).counts().total());
        assertEquals(5, rows.get(0).counts().byKind().size());
        assertEquals(0, IncidentRules.count(List.of()).total());
    }
}
