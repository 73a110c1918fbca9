package nl.bis.placements.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlineCalculatorPropertiesTest {

    @Provide
    Arbitrary<LocalDate> departures() {
        return Arbitraries.integers().between(0, 365 * 30).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<Period> leadTimes() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(Period::ofMonths),
                Arbitraries.integers().between(1, 104).map(Period::ofWeeks),
                Arbitraries.integers().between(1, 1000).map(Period::ofDays),
                Combinators.combine(Arbitraries.integers().between(0, 24), Arbitraries.integers().between(1, 30))
                        .as((m, d) -> Period.of(0, m, d)));
    }

    @Property
    void cutoffPlusLeadTimeNeverFallsAfterTheDeparture(@ForAll("departures") LocalDate departure,
                                                      @ForAll("leadTimes") Period leadTime) {
        LocalDate cutoff = DeadlineCalculator.cutoff(departure, leadTime);
        assertFalse(cutoff.plus(leadTime).isAfter(departure), () -> cutoff + " + " + leadTime + " > " + departure);
        assertTrue(cutoff.isBefore(departure));
    }

    @Property
    void aLaterDepartureNeverGivesAnEarlierCutoff(@ForAll("departures") LocalDate departure,
                                                 @ForAll @IntRange(min = 1, max = 400) int daysLater,
                                                 @ForAll("leadTimes") Period leadTime) {
        LocalDate later = departure.plusDays(daysLater);
        assertFalse(DeadlineCalculator.cutoff(later, leadTime).isBefore(DeadlineCalculator.cutoff(departure, leadTime)));
    }

    @Property
    void aMonthsCutoffKeepsTheDayOrClampsToTheMonthEnd(@ForAll("departures") LocalDate departure,
                                                      @ForAll @IntRange(min = 1, max = 60) int months) {
        LocalDate cutoff = DeadlineCalculator.cutoff(departure, Period.ofMonths(months));
        YearMonth expectedMonth = YearMonth.from(departure).minusMonths(months);
        assertEquals(expectedMonth, YearMonth.from(cutoff));
        assertEquals(Math.min(departure.getDayOfMonth(), expectedMonth.lengthOfMonth()), cutoff.getDayOfMonth());
    }

    @Property
    void theStatusIsClosedExactlyWhenTheCutoffHasPassed(@ForAll("departures") LocalDate cutoff,
                                                       @ForAll @IntRange(min = -500, max = 500) int offset) {
        LocalDate today = cutoff.plusDays(offset);
        DeadlineStatus status = DeadlineCalculator.status(cutoff, today);
        assertEquals(today.isAfter(cutoff), status == DeadlineStatus.CLOSED);
        assertEquals(DeadlineCalculator.onTime(today, cutoff), status != DeadlineStatus.CLOSED);
    }
}
