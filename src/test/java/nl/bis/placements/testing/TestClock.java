package nl.bis.placements.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The service's clock in tests: real time unless a test fixes the instant. A class that fixes it is extended with
 * {@link TestClockReset}, which puts it back to real time after each test.
 */
@Singleton
@Typed(TestClock.class)
public class TestClock extends Clock {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private volatile Instant fixed;

    public void fixAt(Instant instant) {
        this.fixed = instant;
    }

    /** Fixes "now" at noon Amsterdam time on a day. */
    public void fixOn(LocalDate day) {
        fixAt(ZonedDateTime.of(day, LocalTime.NOON, AMSTERDAM).toInstant());
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    /** Replaces the production clock producer in every Quarkus test. */
    @Singleton
    public static class Producer {

        @Produces
        @Alternative
        @Priority(1)
        @Singleton
        Clock clock(TestClock clock) {
            return clock;
        }
    }
}
