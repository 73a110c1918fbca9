package nl.bis.placements.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the outbox and its dispatcher ({@code PLACEMENTS_MESSAGES_*}). */
@ConfigMapping(prefix = "placements.messages")
public interface MessagesConfig {

    /** The office's own mailbox, for the messages to staff; without it none are queued. */
    Optional<String> staffAddress();

    /** The right-hand side of every Message-ID ({@code <uuid@domain>}): the domain the service sends from. */
    @WithDefault("placements-abroad.invalid")
    String messageIdDomain();

    /** The wait after the first failed attempt; it doubles with each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT1M")
    Duration backoff();

    @WithDefault("PT6H")
    Duration maxBackoff();

    /** After this many failed attempts a message is FAILED for good (staff may retry it). */
    @WithDefault("8")
    int maxAttempts();

    /**
     * How often each instance's dispatcher looks for due messages ({@code 30s}; {@code off} in the tests, which call
     * it themselves). Read by the scheduler from {@code placements.messages.dispatch-every}.
     */
    @WithDefault("30s")
    String dispatchEvery();

    /** How many due messages one dispatcher run claims and sends in one transaction. */
    @WithDefault("20")
    int batchSize();
}
