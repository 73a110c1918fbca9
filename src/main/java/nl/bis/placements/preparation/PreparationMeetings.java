package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.Panache;
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
        return Panache.getEntityManager().createQuery("""
                        select e.startsAt from EventRegistrationEntity r, PreparationEventEntity e
                         where e.id = r.eventId and r.studentNumber = :student and r.status = :attended
                           and e.kind = :meeting order by e.startsAt""", Instant.class)
                .setParameter("student", studentNumber)
                .setParameter("attended", SeatStatus.ATTENDED)
                .setParameter("meeting", EventKind.PREPARATION_MEETING)
                .getResultList();
    }

    /** Preparation meetings still open for registration that end before a day, with free seats. */
    public List<EventService.EventView> openMeetingsBefore(LocalDate day) {
        Instant now = Instants.now(clock);
        return events.list(EventKind.PREPARATION_MEETING, null, day.minusDays(1), EventService.Seats.FREE,
                        EventService.Cancelled.LEFT_OUT).stream()
                .filter(view -> view.event().registrationClosesAt.isAfter(now))
                .toList();
    }
}
