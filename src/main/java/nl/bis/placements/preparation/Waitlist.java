package nl.bis.placements.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.bis.placements.common.Audit;

/** Which registrations hold a seat, and seats given to the waitlist in its order; callers hold the event's row lock. */
@ApplicationScoped
class Waitlist {

    /** Registrations that hold a seat. */
    static final Set<SeatStatus> SEATED = EnumSet.of(SeatStatus.CONFIRMED, SeatStatus.ATTENDED, SeatStatus.NO_SHOW);

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.inject.Instance<EventObserver> observers;

    void promote(PreparationEventEntity event, int seated) {
        int free = event.capacity - seated;
        if (free <= 0) {
            return;
        }
        List<EventRegistrationEntity> next = EventRegistrationEntity.firstWaitlisted(event.id, free);
        for (EventRegistrationEntity registration : next) {
            registration.status = SeatStatus.CONFIRMED;
            audit.updated(registration);
            observers.forEach(observer -> observer.seatConfirmed(event, registration));
        }
    }
}
