package nl.bis.placements.preparation;

import java.time.Instant;

/**
 * Another feature that follows preparation events and their seats, such as the messages to the students signed up.
 * It is told in the transaction of the change, so it can refuse by throwing and nothing is written. Implementations
 * are found by CDI, so this feature does not depend on theirs.
 */
public interface EventObserver {

    /** What students are told about an event: its title, time and place. */
    record Details(String title, Instant startsAt, Instant endsAt, String location) {

        public static Details of(PreparationEventEntity event) {
            return new Details(event.title, event.startsAt, event.endsAt, event.location);
        }
    }

    /** A waitlisted registration got a seat (someone gave theirs back, or the capacity grew). */
    default void seatConfirmed(PreparationEventEntity event, EventRegistrationEntity registration) {
    }

    /** The event's title, time or place changed; {@code before} is what they were. */
    default void eventChanged(PreparationEventEntity event, Details before) {
    }

    /** The event was cancelled (called once, when it is). */
    default void eventCancelled(PreparationEventEntity event) {
    }
}
