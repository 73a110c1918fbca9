package nl.bis.placements.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import nl.bis.placements.destination.TravelAdvice;
import nl.bis.placements.readiness.ReadinessCheck;
import org.junit.jupiter.api.Test;

class MessageWordingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void daysAreWrittenOutInBothLanguages() {
        assertEquals("6 september 2027", MessageWording.day(LocalDate.of(2027, 9, 6)).get("nl"));
        assertEquals("6 September 2027", MessageWording.day(LocalDate.of(2027, 9, 6)).get("en"));
    }

    @Test
    void anEventIsTheWeekdayDayAndHoursInTheOfficesZone() {
        var start = ZonedDateTime.of(2027, 3, 4, 19, 0, 0, 0, AMSTERDAM).toInstant();
        var when = MessageWording.when(start, start.plusSeconds(7200), AMSTERDAM);
        assertEquals("donderdag 4 maart 2027, 19:00–21:00", when.get("nl"));
        assertEquals("Thursday 4 March 2027, 19:00–21:00", when.get("en"));
    }

    @Test
    void anEventPastMidnightNamesBothDays() {
        var start = ZonedDateTime.of(2027, 3, 4, 22, 0, 0, 0, AMSTERDAM).toInstant();
        assertEquals("Thursday 4 March 2027, 22:00 – Friday 5 March 2027, 01:00",
                MessageWording.when(start, start.plusSeconds(3 * 3600), AMSTERDAM).get("en"));
    }

    @Test
    void countriesAreNamedInEachLanguage() {
        assertEquals("Zuid-Afrika", MessageWording.country("ZA").get("nl"));
        assertEquals("South Africa", MessageWording.country("ZA").get("en"));
        assertEquals("ZA", MessageWording.country("ZA").get("code"));
    }

    @Test
    void everyAdviceAndEveryRequirementHasWordsInBothLanguages() {
        for (TravelAdvice advice : TravelAdvice.values()) {
            assertEquals(2, MessageWording.advice(advice).size(), advice.name());
        }
        Arrays.stream(ReadinessCheck.Code.values()).forEach(code -> {
            var words = MessageWording.requirement(code);
            assertEquals(false, words.get("nl").toString().isBlank(), code.name());
            assertEquals(false, words.get("en").toString().isBlank(), code.name());
        });
        assertEquals("oranje", MessageWording.advice(TravelAdvice.ORANGE).get("nl"));
    }
}
