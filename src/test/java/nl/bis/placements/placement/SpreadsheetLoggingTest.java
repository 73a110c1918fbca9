package nl.bis.placements.placement;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.junit.jupiter.api.Test;

/** POI logs through the Log4j API; its records must reach the service's log, not a fallback that prints errors. */
class SpreadsheetLoggingTest {

    @Test
    void poiLogsThroughTheServicesLogManager() {
        assertFalse(LogManager.getFactory() instanceof SimpleLoggerContextFactory,
                "no Log4j provider: the first export would print 'Log4j API could not find a logging provider'");
    }
}
