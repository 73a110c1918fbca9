package nl.bis.placements.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlacementChecksTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 9, 6);

    @Test
    void aTropicalInternshipLastsExactlyEightWholeWeeks() {
        assertTrue(PlacementChecks.durationProblem("tropical internship", 8, 8, MONDAY, MONDAY.plusWeeks(8)).isEmpty());
        assertTrue(PlacementChecks.durationProblem("tropical internship", 8, 8, MONDAY, MONDAY.plusDays(62)).isEmpty());
        assertTrue(PlacementChecks.durationProblem("tropical internship", 8, 8, MONDAY, MONDAY.plusDays(55))
                .orElseThrow().contains("exactly 8 weeks"));
        assertTrue(PlacementChecks.durationProblem("tropical internship", 8, 8, MONDAY, MONDAY.plusWeeks(9)).isPresent());
    }

    @Test
    void anElectiveClerkshipLastsAtLeastSixWeeks() {
        assertTrue(PlacementChecks.durationProblem("elective", 6, null, MONDAY, MONDAY.plusWeeks(6)).isEmpty());
        assertTrue(PlacementChecks.durationProblem("elective", 6, null, MONDAY, MONDAY.plusWeeks(20)).isEmpty());
        assertTrue(PlacementChecks.durationProblem("elective", 6, null, MONDAY, MONDAY.plusDays(41))
                .orElseThrow().contains("at least 6 weeks"));
    }

    @Test
    void typesWithoutADurationRuleTakeAnyLength() {
        assertTrue(PlacementChecks.durationProblem("gp clerkship", null, null, MONDAY, MONDAY).isEmpty());
    }

    @Test
    void parentalConsentIsNeededUnderEighteenOnTheDepartureDate() {
        LocalDate departure = LocalDate.of(2027, 9, 6);
        assertTrue(PlacementChecks.needsParentalConsent(LocalDate.of(2009, 9, 7), departure));
        assertFalse(PlacementChecks.needsParentalConsent(LocalDate.of(2009, 9, 6), departure));
        assertFalse(PlacementChecks.needsParentalConsent(null, departure));
    }

    @Test
    void countriesAreIsoAlpha2Codes() {
        assertTrue(PlacementChecks.isCountry("GH"));
        assertTrue(PlacementChecks.isCountry("AW"));
        assertFalse(PlacementChecks.isCountry("XX"));
        assertFalse(PlacementChecks.isCountry("gh"));
    }

    @Test
    void theDurationCountsWholeWeeks() {
        assertEquals(8, PlacementChecks.durationWeeks(MONDAY, MONDAY.plusDays(62)));
        assertEquals(0, PlacementChecks.durationWeeks(MONDAY, MONDAY.plusDays(6)));
    }
}
