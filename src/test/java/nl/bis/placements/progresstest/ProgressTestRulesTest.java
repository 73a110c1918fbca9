package nl.bis.placements.progresstest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.progresstest.ProgressTestRules.ExemptionState;
import org.junit.jupiter.api.Test;

/**
 * "Wanneer je tijdens een voortgangstoets in het buitenland bent voor een van je stages kun je hiervoor ontheffing
 * aanvragen": which test dates a placement is abroad on, and the exemption's states.
 */
class ProgressTestRulesTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2027, 2, 1);
    private static final LocalDate RETURN = LocalDate.of(2027, 4, 30);

    @Test
    void theDepartureAndReturnDaysAreAbroad() {
        assertTrue(ProgressTestRules.conflicts(DEPARTURE, PlacementStatus.APPROVED, DEPARTURE, RETURN));
        assertTrue(ProgressTestRules.conflicts(RETURN, PlacementStatus.APPROVED, DEPARTURE, RETURN));
        assertFalse(ProgressTestRules.conflicts(DEPARTURE.minusDays(1), PlacementStatus.APPROVED, DEPARTURE, RETURN));
        assertFalse(ProgressTestRules.conflicts(RETURN.plusDays(1), PlacementStatus.APPROVED, DEPARTURE, RETURN));
    }

    @Test
    void onlyAPlacementThatMayStillTakeTheStudentAbroadConflicts() {
        LocalDate during = LocalDate.of(2027, 3, 17);
        for (PlacementStatus status : PlacementStatus.values()) {
            boolean active = Set.of(PlacementStatus.REGISTERED, PlacementStatus.INTAKE_SCHEDULED,
                    PlacementStatus.APPROVED, PlacementStatus.ABROAD).contains(status);
            assertEquals(active, ProgressTestRules.conflicts(during, status, DEPARTURE, RETURN), status.name());
        }
    }

    @Test
    void aConflictStartsAgainAfterItEnded() {
        var changes = ProgressTestRules.changes(List.of(1L, 2L), Map.of(1L, false, 3L, true));
        assertEquals(Set.of(1L, 2L), changes.start());
        assertEquals(Set.of(3L), changes.end());
        assertTrue(ProgressTestRules.changes(List.of(1L), Map.of(1L, true, 2L, false)).isEmpty());
    }

    @Test
    void anExemptionIsDecidedOnceAndARefusalNeedsAReason() {
        assertTrue(ProgressTestRules.isOpen(ExemptionState.REQUESTED));
        assertFalse(ProgressTestRules.isOpen(ExemptionState.GRANTED));
        assertFalse(ProgressTestRules.isOpen(ExemptionState.REFUSED));
        assertTrue(ProgressTestRules.needsReason(ExemptionState.REFUSED));
        assertFalse(ProgressTestRules.needsReason(ExemptionState.GRANTED));
        assertFalse(ProgressTestRules.isDecision(ExemptionState.REQUESTED));
    }

    @Test
    void aRefusedExemptionNoLongerBlocksANewRequest() {
        assertTrue(ProgressTestRules.counts(ExemptionState.REQUESTED));
        assertTrue(ProgressTestRules.counts(ExemptionState.GRANTED));
        assertFalse(ProgressTestRules.counts(ExemptionState.REFUSED));
    }

    /** A test date conflicts exactly when it lies in the period, whatever the period and the date. */
    @Property
    void aDateConflictsExactlyWhenItLiesInThePeriod(@ForAll @IntRange(min = 0, max = 3000) int start,
                                                    @ForAll @IntRange(min = 0, max = 400) int length,
                                                    @ForAll @IntRange(min = -50, max = 3500) int test) {
        LocalDate base = LocalDate.of(2060, 1, 1);
        LocalDate departure = base.plusDays(start);
        LocalDate returnDate = departure.plusDays(length);
        LocalDate date = base.plusDays(test);
        boolean inside = test >= start && test <= start + length;
        assertEquals(inside, ProgressTestRules.conflicts(date, PlacementStatus.ABROAD, departure, returnDate));
    }

    /** After applying the changes, the active conflicts are exactly the wanted ones; nothing wanted is ended. */
    @Property
    void applyingTheChangesLeavesExactlyTheWantedConflictsActive(@ForAll Set<@IntRange(max = 20) Integer> wanted,
                                                                 @ForAll Map<@IntRange(max = 20) Integer, Boolean> stored) {
        Set<Long> want = new HashSet<>();
        wanted.forEach(w -> want.add((long) w));
        Map<Long, Boolean> state = new HashMap<>();
        stored.forEach((k, v) -> state.put((long) k, v));
        var changes = ProgressTestRules.changes(want, state);
        changes.start().forEach(id -> state.put(id, true));
        changes.end().forEach(id -> state.put(id, false));
        Set<Long> active = new HashSet<>();
        state.forEach((id, on) -> {
            if (on) {
                active.add(id);
            }
        });
        assertEquals(want, active);
        for (Long id : changes.end()) {
            assertFalse(want.contains(id));
        }
        assertTrue(ProgressTestRules.changes(want, state).isEmpty(), "a second run changes nothing");
    }
}
