package nl.bis.placements.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the service's {@link TestClock} back to real time after each test, whatever the test fixed it at, so that no
 * test can leave the next one (of any class: they share one running service) at its date.
 *
 * <p>For {@code @QuarkusTest} classes that fix the clock: {@code @ExtendWith(TestClockReset.class)}. The clock is the
 * running service's bean, looked up in its container; it runs after the class's own {@code @AfterEach} methods.
 */
public class TestClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        ArcContainer container = Arc.container();
        if (container == null) {
            throw new IllegalStateException(
                    "no running service to reset the clock of: TestClockReset is for @QuarkusTest classes ("
                            + context.getRequiredTestClass().getName() + ")");
        }
        container.instance(TestClock.class).get().reset();
    }
}
