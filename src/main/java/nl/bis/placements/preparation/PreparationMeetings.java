package nl.bis.placements.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.Instants;

/** What readiness asks of preparation: the meetings a student attended, and those still open before a day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PreparationMeetings {

    @Inject
    Clock clock;

    @Inject
    EventService events;

    /** When the student attended a preparation meeting (the tropical course's last evening is one). */
    public List<Instant> attendedMeetings(String studentNumber) {
        return PreparationEventEntity.meetingsAttendedBy(studentNumber);
    }

    /** Preparation meetings still open for registration that end before a day, with free seats. */
    public List<EventService.EventView> openMeetingsBefore(LocalDate day) {
        Instant now = Instants.now(clock);
        return events.list(EventKind.PREPARATION_MEETING, null, day.minusDays(1), EventService.Seats.FREE,
                        PreparationEventEntity.Cancelled.LEFT_OUT).stream()
                .filter(view -> view.event().registrationClosesAt.isAfter(now))
                .toList();
    }
}
