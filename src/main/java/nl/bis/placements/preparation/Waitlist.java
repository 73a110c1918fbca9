package nl.bis.placements.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;

/** Which registrations hold a seat, and seats given to the waitlist in its order; callers hold the event's row lock. */
@ApplicationScoped
class Waitlist {

    /** Registrations that hold a seat. */
    static final Set<SeatStatus> SEATED = EnumSet.of(SeatStatus.CONFIRMED, SeatStatus.ATTENDED, SeatStatus.NO_SHOW);

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    void promote(PreparationEventEntity event, int seated) {
        int free = event.capacity - seated;
        if (free <= 0) {
            return;
        }
        List<EventRegistrationEntity> next = EventRegistrationEntity.firstWaitlisted(event.id, free);
        for (EventRegistrationEntity registration : next) {
            registration.status = SeatStatus.CONFIRMED;
            registration.updatedBy = currentUser.name();
            registration.updatedAt = Instants.now(clock);
        }
    }
}
