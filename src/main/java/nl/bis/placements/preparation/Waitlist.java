package nl.bis.placements.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;

/** An event's seat count and the order its waitlist is served in; callers hold the event's row lock. */
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
        List<EventRegistrationEntity> next = EventRegistrationEntity.find(
                "eventId = ?1 and status = ?2 order by queuedAt, id", event.id, SeatStatus.WAITLISTED).page(0, free).list();
        for (EventRegistrationEntity registration : next) {
            registration.status = SeatStatus.CONFIRMED;
            registration.updatedBy = currentUser.name();
            registration.updatedAt = Instants.now(clock);
        }
    }

    static int count(long eventId, Set<SeatStatus> statuses) {
        return Math.toIntExact(EventRegistrationEntity.count("eventId = ?1 and status in ?2", eventId, statuses));
    }
}
