package nl.bis.placements.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.bis.placements.message.DeliveryRules.Outcome;
import nl.bis.placements.message.DeliveryRules.Phase;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Duration BASE = Duration.ofMinutes(1);
    private static final Duration CAP = Duration.ofHours(6);

    @Test
    void theWaitDoublesWithEachAttemptUpToTheCap() {
        assertEquals(Duration.ofMinutes(1), DeliveryRules.wait(1, BASE, CAP));
        assertEquals(Duration.ofMinutes(2), DeliveryRules.wait(2, BASE, CAP));
        assertEquals(Duration.ofMinutes(4), DeliveryRules.wait(3, BASE, CAP));
        assertEquals(Duration.ofMinutes(256), DeliveryRules.wait(9, BASE, CAP));
        assertEquals(CAP, DeliveryRules.wait(10, BASE, CAP));
        assertEquals(CAP, DeliveryRules.wait(Integer.MAX_VALUE, BASE, CAP));
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgainLater() {
        assertEquals(new Outcome(MessageStatus.PENDING, NOW.plus(Duration.ofMinutes(4))),
                DeliveryRules.afterFailure(0, Phase.SESSION, 3, NOW, BASE, CAP, 8));
    }

    @Test
    void aTemporaryRefusalIsTriedAgainLater() {
        assertEquals(MessageStatus.PENDING,
                DeliveryRules.afterFailure(451, Phase.RECIPIENT, 1, NOW, BASE, CAP, 8).status());
    }

    @Test
    void aPermanentRefusalOfTheRecipientOrTheMessageFailsAtOnce() {
        assertEquals(new Outcome(MessageStatus.FAILED, NOW),
                DeliveryRules.afterFailure(550, Phase.RECIPIENT, 1, NOW, BASE, CAP, 8));
        assertEquals(MessageStatus.FAILED, DeliveryRules.afterFailure(554, Phase.MESSAGE, 1, NOW, BASE, CAP, 8).status());
    }

    @Test
    void aPermanentRefusalOfTheSessionIsTheServicesOwnSettingsAndTriedAgain() {
        assertFalse(DeliveryRules.permanent(535, Phase.SESSION));
        assertEquals(MessageStatus.PENDING, DeliveryRules.afterFailure(535, Phase.SESSION, 1, NOW, BASE, CAP, 8).status());
    }

    @Test
    void theLastAttemptGivesUp() {
        assertTrue(DeliveryRules.permanent(550, Phase.RECIPIENT));
        assertEquals(MessageStatus.FAILED, DeliveryRules.afterFailure(0, Phase.SESSION, 8, NOW, BASE, CAP, 8).status());
    }
}
