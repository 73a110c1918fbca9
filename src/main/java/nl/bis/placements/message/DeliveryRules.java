package nl.bis.placements.message;

import java.time.Duration;
import java.time.Instant;

/**
 * What happens after a failed delivery: a refusal the mail server says is final (an SMTP 5xx reply to the recipient or
 * to the message itself) fails the message at once; anything else (server away, connection broken, 4xx "try again
 * later", a 5xx before the recipient was named, which is the service's own configuration) is tried again after a wait
 * that doubles with each attempt, up to a cap, until the attempts run out.
 */
public final class DeliveryRules {

    /** Where in the SMTP dialogue a reply came, as far as it decides whether a refusal is about this message. */
    public enum Phase {
        /** Connecting, greeting, authenticating or naming the sender: about the service, not the message. */
        SESSION,
        /** RCPT TO: the recipient's address. */
        RECIPIENT,
        /** DATA and the message itself. */
        MESSAGE
    }

    /** After a failed attempt: FAILED for good, or PENDING again at {@code nextAttemptAt}. */
    public record Outcome(MessageStatus status, Instant nextAttemptAt) {
    }

    private DeliveryRules() {
    }

    /**
     * @param replyCode the SMTP reply code, or 0 when there was none (no connection, a timeout)
     * @param attempts  the attempts made so far, this one included
     */
    public static Outcome afterFailure(int replyCode, Phase phase, int attempts, Instant now, Duration backoff,
                                       Duration maxBackoff, int maxAttempts) {
        if (permanent(replyCode, phase) || attempts >= maxAttempts) {
            return new Outcome(MessageStatus.FAILED, now);
        }
        return new Outcome(MessageStatus.PENDING, now.plus(wait(attempts, backoff, maxBackoff)));
    }

    /** A 5xx reply to the recipient or the message: the server will never accept this message. */
    public static boolean permanent(int replyCode, Phase phase) {
        return replyCode >= 500 && replyCode < 600 && phase != Phase.SESSION;
    }

    /** backoff · 2^(attempts − 1), at most maxBackoff. */
    public static Duration wait(int attempts, Duration backoff, Duration maxBackoff) {
        Duration wait = backoff;
        for (int doubled = 1; doubled < attempts && wait.compareTo(maxBackoff) < 0; doubled++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
