package nl.bis.placements.preparation;

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
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.StudentEntity;
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
    Audit audit;

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
            throw new ApiException(ProblemType.EVENT_CLOSED.problem(
                    "Registration for '" + event.title + "' closed at " + Instants.format(event.registrationClosesAt) + ".")
                    .with("eventId", event.id));
        }
        students.upsertAndLock(who, null);
        EventRegistrationEntity live = EventRegistrationEntity.live(eventId, who.studentNumber());
        if (live != null) {
            throw new ApiException(ProblemType.ALREADY_REGISTERED.problem(
                    "Student " + who.studentNumber() + " already holds registration " + live.id + " (" + live.status
                            + ") for this event.").with("registrationId", live.id));
        }
        EventRegistrationEntity registration = new EventRegistrationEntity();
        registration.eventId = eventId;
        registration.studentNumber = who.studentNumber();
        registration.status = EventRegistrationEntity.countWith(eventId, Waitlist.SEATED) < event.capacity
                ? SeatStatus.CONFIRMED : SeatStatus.WAITLISTED;
        audit.updated(registration);
        registration.queuedAsUpdated();
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
            throw new ApiException(ProblemType.NOT_CANCELLABLE,
                    "Registration " + registrationId + " is " + registration.status + " and can no longer be cancelled.");
        }
        if (!currentUser.hasRole(Roles.STAFF)) {
            students.refreshFromToken(registration.studentNumber);
        }
        boolean freedASeat = registration.status == SeatStatus.CONFIRMED;
        registration.status = SeatStatus.CANCELLED;
        audit.updated(registration);
        registration.flush();
        if (freedASeat && !event.cancelled) {
            waitlist.promote(event, EventRegistrationEntity.countWith(eventId, Waitlist.SEATED));
        }
    }

    @Transactional
    public RegistrationView recordAttendance(long eventId, long registrationId, SeatStatus attendance) {
        PreparationEventEntity event = EventService.find(eventId, LockModeType.PESSIMISTIC_WRITE);
        EventRegistrationEntity registration = ownRegistration(eventId, registrationId);
        if (!Waitlist.SEATED.contains(registration.status) || Instants.now(clock).isBefore(event.startsAt)) {
            throw new ApiException(ProblemType.NOT_ATTENDABLE,
                    "Attendance is recorded for confirmed seats once the event has started; registration "
                            + registrationId + " is " + registration.status + " and the event starts "
                            + event.startsAt + ".");
        }
        registration.status = attendance;
        audit.updated(registration);
        return registrationView(registration, event, nameOf(registration.studentNumber));
    }

    public List<RegistrationView> registrations(long eventId) {
        PreparationEventEntity event = EventService.find(eventId, LockModeType.NONE);
        List<EventRegistrationEntity> all = EventRegistrationEntity.ofEvent(eventId);
        Map<String, String> names = StudentEntity.namesOf(all.stream().map(registration -> registration.studentNumber)
                .distinct().toList());
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
        List<EventRegistrationEntity> registrations = EventRegistrationEntity.ofStudent(own);
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<Long, PreparationEventEntity> events = new HashMap<>();
        PreparationEventEntity.withIds(registrations.stream().map(registration -> registration.eventId).distinct()
                .toList()).forEach(event -> events.put(event.id, event));
        Map<Long, Integer> ahead = EventRegistrationEntity.waitlistedBefore(registrations.stream()
                .filter(registration -> registration.status == SeatStatus.WAITLISTED)
                .map(registration -> registration.id).toList());
        String name = nameOf(own);
        List<RegistrationView> views = new ArrayList<>();
        for (EventRegistrationEntity registration : registrations) {
            PreparationEventEntity event = events.get(registration.eventId);
            if (event == null) {
                throw ApiException.notFound("Preparation event " + registration.eventId);
            }
            Integer position = ahead.containsKey(registration.id) ? ahead.get(registration.id) + 1 : null;
            views.add(new RegistrationView(registration, event, name, position));
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
            position = EventRegistrationEntity.waitlistedBefore(registration) + 1;
        }
        return new RegistrationView(registration, event, studentName, position);
    }

    private static String nameOf(String studentNumber) {
        StudentEntity student = StudentEntity.findById(studentNumber);
        return student == null ? studentNumber : student.name;
    }
}
