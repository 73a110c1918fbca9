package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** An instant is written as the pattern uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z' in UTC says, whatever the instant. */
class InstantsFormatTest {

    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2200-01-01T00:00:00Z").getEpochSecond()),
                Arbitraries.longs().between(Instant.parse("-4713-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("+294276-12-31T23:59:59Z").getEpochSecond()));
        return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Property(tries = 5000)
    void everyInstantIsWrittenAsThePatternSays(@ForAll("instants") Instant instant) {
        assertEquals(PATTERN.format(instant.truncatedTo(ChronoUnit.MICROS)), Instants.format(instant));
    }

    @Test
    void theEdgesOfDaysYearsAndFractions() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "2027-01-10T09:30:00.000001Z",
            "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z",
            "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59.5Z", "1969-12-31T23:59:59.000000999Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(PATTERN.format(instant.truncatedTo(ChronoUnit.MICROS)), Instants.format(instant), text);
        }
    }
}
