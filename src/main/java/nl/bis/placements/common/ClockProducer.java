package nl.bis.placements.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one source of "now"; tests replace it to fix the date. */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(PlacementsConfig config) {
        return Clock.system(config.zone());
    }
}
