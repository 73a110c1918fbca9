package nl.bis.placements.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class RuleListenerCheckTest {

    private static Status statusWhenAway(Duration away) {
        RuleListenerCheck check = new RuleListenerCheck();
        check.listener = new RuleListener() {
            @Override
            Duration away() {
                return away;
            }
        };
        return check.call().getStatus();
    }

    @Test
    void aListeningInstanceIsReady() {
        assertEquals(Status.UP, statusWhenAway(Duration.ZERO));
    }

    @Test
    void aReconnectWithinTheGraceLeavesItReady() {
        assertEquals(Status.UP, statusWhenAway(RuleListenerCheck.GRACE));
    }

    @Test
    void aListenerAwayLongerThanTheGraceMakesItNotReady() {
        assertEquals(Status.DOWN, statusWhenAway(RuleListenerCheck.GRACE.plusSeconds(1)));
    }
}
