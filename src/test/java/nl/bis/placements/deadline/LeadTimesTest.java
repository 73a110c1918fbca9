package nl.bis.placements.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadTimesTest {

    @Test
    void monthsWeeksAndDaysAreAccepted() {
        assertEquals(Period.ofMonths(6), LeadTimes.parse("P6M"));
        assertEquals(Period.ofDays(84), LeadTimes.parse("P12W"));
        assertEquals(Period.ofDays(90), LeadTimes.parse("P90D"));
        assertEquals(Period.ofYears(1), LeadTimes.parse("P1Y"));
    }

    @Test
    void theTextIsKeptAsWrittenApartFromCase() {
        assertEquals("P12W", LeadTimes.normalize(" p12w "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "6M", "P0M", "P0D", "P-6M", "PT6H", "P6M1H", "P6X", "P99999D", "P6Y", "six months"})
    void zeroNegativeTimeOfDayOrAbsurdLeadTimesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> LeadTimes.parse(text));
    }
}
