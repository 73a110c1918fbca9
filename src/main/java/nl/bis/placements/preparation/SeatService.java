package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Problem;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.Students;

/**
 * Seats at preparation events: signing up, giving a seat back, attendance, and the lists of registrations. Every
 * change to an event's seats first locks the event's row in PostgreSQL, so capacity and waitlist order hold however
 * many instances take sign-ups at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeatService {

    /** Who signs up: empty for a student signing up themself. */
    public record Attendee(String studentNumber, String studentName, String studentEmail) {
    }

    public record RegistrationView(EventRegistrationEntity registration, PreparationEventEntity event,
                                   String studentName, Integer waitlistPosition) {
    }

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Students students;

    @Inject
    Waitlist waitlist;

    @Transactional
    public RegistrationView register(long eventId, Attendee attendee) {
        PreparationEventEntity event = EventService.find(eventId, LockModeType.PESSIMISTIC_WRITE);
        Students.Registrant who = attendee(attendee);
        if (event.cancelled) {
            throw EventService.cancelled(event);
        }
        if (Instants.now(clock).isAfter(event.registrationClosesAt)) {
            throw new ApiException(new Problem("event-closed", "Registration closed", 422,
                    "Registration for '" + event.title + "' closed at " + Instants.format(event.registrationClosesAt) + ".")
                    .with("eventId", event.id));
        }
        students.upsertAndLock(who, null);
        EventRegistrationEntity live = EventRegistrationEntity.find(
                "eventId = ?1 and studentNumber = ?2 and status <> ?3", eventId, who.studentNumber(),
                SeatStatus.CANCELLED).firstResult();
        if (live != null) {
            throw new ApiException(new Problem("already-registered", "Already registered", 409,
                    "Student " + who.studentNumber() + " already holds registration " + live.id + " (" + live.status
                            + ") for this event.").with("registrationId", live.id));
        }
        EventRegistrationEntity registration = new EventRegistrationEntity();
        registration.eventId = eventId;
        registration.studentNumber = who.studentNumber();
        registration.status = Waitlist.count(eventId, Waitlist.SEATED) < event.capacity ? SeatStatus.CONFIRMED
                : SeatStatus.WAITLISTED;
        registration.queuedAt = Instants.now(clock);
        registration.createdBy = currentUser.name();
        registration.updatedBy = registration.createdBy;
        registration.updatedAt = registration.queuedAt;
        registration.persist();
        registration.flush();
        return registrationView(registration, event, who.name());
    }

    /** Gives a seat back; the first on the waitlist gets it in the same transaction. */
    @Transactional
    public void cancelRegistration(long eventId, long registrationId) {
        PreparationEventEntity event = EventService.find(eventId, LockModeType.PESSIMISTIC_WRITE);
        EventRegistrationEntity registration = ownRegistration(eventId, registrationId);
        if (registration.status != SeatStatus.CONFIRMED && registration.status != SeatStatus.WAITLISTED) {
            throw ApiException.conflict("not-cancellable", "Registration not cancellable",
                    "Registration " + registrationId + " is " + registration.status + " and can no longer be cancelled.");
        }
        if (!currentUser.hasRole(Roles.STAFF)) {
            students.refreshFromToken(registration.studentNumber);
        }
        boolean freedASeat = registration.status == SeatStatus.CONFIRMED;
        registration.status = SeatStatus.CANCELLED;
        registration.updatedBy = currentUser.name();
        registration.updatedAt = Instants.now(clock);
        registration.flush();
        if (freedASeat && !event.cancelled) {
            waitlist.promote(event, Waitlist.count(eventId, Waitlist.SEATED));
        }
    }

    @Transactional
    public RegistrationView recordAttendance(long eventId, long registrationId, SeatStatus attendance) {
        PreparationEventEntity event = EventService.find(eventId, LockModeType.PESSIMISTIC_WRITE);
        EventRegistrationEntity registration = ownRegistration(eventId, registrationId);
        if (!Waitlist.SEATED.contains(registration.status) || Instants.now(clock).isBefore(event.startsAt)) {
            throw ApiException.conflict("not-attendable", "Attendance cannot be recorded",
                    "Attendance is recorded for confirmed seats once the event has started; registration "
                            + registrationId + " is " + registration.status + " and the event starts "
                            + event.startsAt + ".");
        }
        registration.status = attendance;
        registration.updatedBy = currentUser.name();
        registration.updatedAt = Instants.now(clock);
        return registrationView(registration, event, nameOf(registration.studentNumber));
    }

    public List<RegistrationView> registrations(long eventId) {
        PreparationEventEntity event = EventService.find(eventId, LockModeType.NONE);
        List<EventRegistrationEntity> all = EventRegistrationEntity.list("eventId = ?1 order by queuedAt, id", eventId);
        Map<String, String> names = namesOf(all.stream().map(registration -> registration.studentNumber).toList());
        List<RegistrationView> views = new ArrayList<>();
        int position = 0;
        for (SeatStatus group : List.of(SeatStatus.CONFIRMED, SeatStatus.ATTENDED, SeatStatus.NO_SHOW,
                SeatStatus.WAITLISTED, SeatStatus.CANCELLED)) {
            for (EventRegistrationEntity registration : all) {
                if (registration.status == group) {
                    Integer rank = group == SeatStatus.WAITLISTED ? ++position : null;
                    views.add(new RegistrationView(registration, event,
                            names.getOrDefault(registration.studentNumber, registration.studentNumber), rank));
                }
            }
        }
        return views;
    }

    /** The calling student's registrations, by event start. */
    public List<RegistrationView> mine() {
        String own = currentUser.studentNumber().orElse("");
        List<EventRegistrationEntity> registrations = EventRegistrationEntity.list("studentNumber = ?1", own);
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<Long, PreparationEventEntity> events = new HashMap<>();
        PreparationEventEntity.<PreparationEventEntity>list("id in ?1",
                registrations.stream().map(registration -> registration.eventId).distinct().toList())
                .forEach(event -> events.put(event.id, event));
        Map<Long, Integer> positions = waitlistPositions(registrations);
        String name = nameOf(own);
        List<RegistrationView> views = new ArrayList<>();
        for (EventRegistrationEntity registration : registrations) {
            PreparationEventEntity event = events.get(registration.eventId);
            if (event == null) {
                throw ApiException.notFound("Preparation event " + registration.eventId);
            }
            views.add(new RegistrationView(registration, event, name, positions.get(registration.id)));
        }
        views.sort(java.util.Comparator.comparing(view -> view.event().startsAt));
        return views;
    }

    // ----------------------------------------------------------------------------------------------

    private Students.Registrant attendee(Attendee attendee) {
        return students.resolve(attendee.studentNumber(), attendee.studentName(), attendee.studentEmail(), "sign up");
    }

    /** A registration of the event that the caller may act on: a student only their own. */
    private EventRegistrationEntity ownRegistration(long eventId, long registrationId) {
        EventRegistrationEntity registration = EventRegistrationEntity.findById(registrationId);
        if (registration == null || registration.eventId != eventId || !currentUser.maySee(registration.studentNumber)) {
            throw ApiException.notFound("Registration " + registrationId + " of event " + eventId);
        }
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(registration.studentNumber)) {
            throw ApiException.forbidden("Only staff or the student themself may change registration "
                    + registrationId + ".");
        }
        return registration;
    }

    private RegistrationView registrationView(EventRegistrationEntity registration, PreparationEventEntity event,
                                              String studentName) {
        Integer position = null;
        if (registration.status == SeatStatus.WAITLISTED) {
            position = Math.toIntExact(EventRegistrationEntity.count(
                    "eventId = ?1 and status = ?2 and (queuedAt < ?3 or (queuedAt = ?3 and id < ?4))", event.id,
                    SeatStatus.WAITLISTED, registration.queuedAt, registration.id)) + 1;
        }
        return new RegistrationView(registration, event, studentName, position);
    }

    /**
     * The waitlist positions of those of these registrations that are waitlisted, by registration id, in one query:
     * each counts the waitlisted registrations of its event queued before it, as {@link #registrationView} does.
     */
    private static Map<Long, Integer> waitlistPositions(List<EventRegistrationEntity> registrations) {
        List<Long> waitlisted = registrations.stream()
                .filter(registration -> registration.status == SeatStatus.WAITLISTED)
                .map(registration -> registration.id).toList();
        Map<Long, Integer> positions = new HashMap<>();
        if (waitlisted.isEmpty()) {
            return positions;
        }
        Panache.getEntityManager().createQuery("""
                        select r.id, (select count(w) from EventRegistrationEntity w
                                       where w.eventId = r.eventId and w.status = :waitlisted
                                         and (w.queuedAt < r.queuedAt or (w.queuedAt = r.queuedAt and w.id < r.id)))
                          from EventRegistrationEntity r where r.id in :ids""", Object[].class)
                .setParameter("waitlisted", SeatStatus.WAITLISTED)
                .setParameter("ids", waitlisted)
                .getResultList()
                .forEach(row -> positions.put((Long) row[0], Math.toIntExact((Long) row[1]) + 1));
        return positions;
    }

    private static String nameOf(String studentNumber) {
        nl.bis.placements.student.StudentEntity student =
                nl.bis.placements.student.StudentEntity.findById(studentNumber);
        return student == null ? studentNumber : student.name;
    }

    /** The names of these students in one query; a student number without a student is missing from the map. */
    private static Map<String, String> namesOf(List<String> studentNumbers) {
        Map<String, String> names = new HashMap<>();
        if (studentNumbers.isEmpty()) {
            return names;
        }
        Panache.getEntityManager().createQuery("""
                        select s.studentNumber, s.name from StudentEntity s where s.studentNumber in :numbers""",
                        Object[].class)
                .setParameter("numbers", studentNumbers.stream().distinct().toList())
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
