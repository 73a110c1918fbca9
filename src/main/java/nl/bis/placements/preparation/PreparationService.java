package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.PlacementsConfig;
import nl.bis.placements.common.Problem.Violation;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.Students;

/**
 * Preparation events and their seats. Every change to an event's seats first locks the event's row in PostgreSQL,
 * so capacity and waitlist order hold however many instances take sign-ups at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PreparationService {

    /** Registrations that hold a seat. */
    static final Set<SeatStatus> SEATED = EnumSet.of(SeatStatus.CONFIRMED, SeatStatus.ATTENDED, SeatStatus.NO_SHOW);

    public record EventInput(EventKind kind, String title, String start, String end, String location, int capacity,
                             String registrationClosesAt) {
    }

    public record SeriesInput(String title, LocalDate firstSession, String location, int capacity,
                              String registrationClosesAt) {
    }

    /** Who signs up: empty for a student signing up themself. */
    public record Attendee(String studentNumber, String studentName, String studentEmail) {
    }

    public record EventView(PreparationEventEntity event, int confirmed, int waitlisted) {
        public int freeSeats() {
            return Math.max(0, event.capacity - confirmed);
        }
    }

    public record SeriesView(PreparationSeriesEntity series, List<EventView> sessions) {
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
    PlacementsConfig config;

    @Inject
    Students students;

    // ---------------------------------------------------------------------------------------------- events

    /** {@code withFreeSeats}: true only events with a free seat, false only full ones, null all. */
    public List<EventView> list(EventKind kind, LocalDate from, LocalDate to, Boolean withFreeSeats,
                                boolean includeCancelled) {
        ZoneId zone = config.zone();
        List<PreparationEventEntity> events = PreparationEventEntity.search(kind,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), includeCancelled);
        return views(events).stream()
                .filter(view -> withFreeSeats == null || withFreeSeats == (view.freeSeats() > 0)).toList();
    }

    public EventView get(long id) {
        return view(find(id, LockModeType.NONE));
    }

    @Transactional
    public EventView create(EventInput input) {
        PreparationEventEntity event = new PreparationEventEntity();
        apply(event, input);
        audit.created(event);
        event.persist();
        event.flush();
        return new EventView(event, 0, 0);
    }

    /** Replaces an event's details; a larger capacity promotes waitlisted registrations in their order. */
    @Transactional
    public EventView update(long id, EventInput input, String ifMatch) {
        PreparationEventEntity event = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, event.version);
        if (event.cancelled) {
            throw cancelled(event);
        }
        int seated = EventRegistrationEntity.countWith(event.id, SEATED);
        if (input.capacity() < seated) {
            throw new ApiException(ProblemType.CAPACITY_BELOW_CONFIRMED,
                    "Event " + id + " has " + seated + " confirmed seats; the capacity cannot drop below that. "
                            + "Cancel registrations first.");
        }
        apply(event, input);
        audit.updated(event);
        promote(event, seated);
        event.flush();
        return view(event);
    }

    /** Cancels an event; it and its registrations are kept as a record. */
    @Transactional
    public void cancel(long id) {
        PreparationEventEntity event = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (!event.cancelled) {
            event.cancelled = true;
            audit.updated(event);
        }
    }

    // ---------------------------------------------------------------------------------------------- series

    @Transactional
    public SeriesView createSeries(SeriesInput input) {
        ZoneId zone = config.zone();
        InputLimits.requireInRange("firstSession", input.firstSession());
        List<CourseSchedule.Session> sessions;
        try {
            sessions = CourseSchedule.tropicalCourse(input.firstSession(), zone);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("firstSession", e.getMessage());
        }
        ZonedDateTime closes = input.registrationClosesAt() == null ? sessions.get(0).start()
                : local("registrationClosesAt", input.registrationClosesAt());
        if (closes.isAfter(sessions.get(0).start())) {
            throw ApiException.invalid("registrationClosesAt", "must not be after the first session's start");
        }
        PreparationSeriesEntity series = new PreparationSeriesEntity();
        series.title = nonBlank("title", input.title());
        String location = nonBlank("location", input.location());
        audit.created(series);
        series.persist();
        List<EventView> views = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            CourseSchedule.Session session = sessions.get(i);
            PreparationEventEntity event = new PreparationEventEntity();
            event.kind = session.kind();
            event.title = series.title + " (" + (i + 1) + "/" + sessions.size() + ")";
            event.startsAt = session.start().toInstant();
            event.endsAt = session.end().toInstant();
            event.location = location;
            event.capacity = input.capacity();
            event.registrationClosesAt = closes.toInstant();
            event.seriesId = series.id;
            event.created(series.createdBy, series.createdAt);
            event.persist();
            views.add(new EventView(event, 0, 0));
        }
        Panache.getEntityManager().flush();
        return new SeriesView(series, views);
    }

    public SeriesView getSeries(long id) {
        PreparationSeriesEntity series = PreparationSeriesEntity.<PreparationSeriesEntity>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Preparation series " + id));
        return new SeriesView(series, views(PreparationEventEntity.sessionsOf(id)));
    }

    /** Signs up for every session of a series, each seat judged on its own; all sessions or none. */
    @Transactional
    public List<RegistrationView> registerForSeries(long seriesId, Attendee attendee) {
        getSeries(seriesId);
        List<RegistrationView> registrations = new ArrayList<>();
        for (PreparationEventEntity session : PreparationEventEntity.sessionsOf(seriesId)) {
            registrations.add(register(session.id, attendee));
        }
        return registrations;
    }

    // ---------------------------------------------------------------------------------------------- seats

    @Transactional
    public RegistrationView register(long eventId, Attendee attendee) {
        PreparationEventEntity event = find(eventId, LockModeType.PESSIMISTIC_WRITE);
        Students.Registrant who = attendee(attendee);
        if (event.cancelled) {
            throw cancelled(event);
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
        registration.status = EventRegistrationEntity.countWith(eventId, SEATED) < event.capacity ? SeatStatus.CONFIRMED : SeatStatus.WAITLISTED;
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
        PreparationEventEntity event = find(eventId, LockModeType.PESSIMISTIC_WRITE);
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
        registration.updatedBy = currentUser.name();
        registration.updatedAt = Instants.now(clock);
        registration.flush();
        if (freedASeat && !event.cancelled) {
            promote(event, EventRegistrationEntity.countWith(eventId, SEATED));
        }
    }

    @Transactional
    public RegistrationView recordAttendance(long eventId, long registrationId, SeatStatus attendance) {
        PreparationEventEntity event = find(eventId, LockModeType.PESSIMISTIC_WRITE);
        EventRegistrationEntity registration = ownRegistration(eventId, registrationId);
        if (!SEATED.contains(registration.status) || Instants.now(clock).isBefore(event.startsAt)) {
            throw new ApiException(ProblemType.NOT_ATTENDABLE,
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
        PreparationEventEntity event = find(eventId, LockModeType.NONE);
        List<EventRegistrationEntity> all = EventRegistrationEntity.ofEvent(eventId);
        List<RegistrationView> views = new ArrayList<>();
        int position = 0;
        for (SeatStatus group : List.of(SeatStatus.CONFIRMED, SeatStatus.ATTENDED, SeatStatus.NO_SHOW,
                SeatStatus.WAITLISTED, SeatStatus.CANCELLED)) {
            for (EventRegistrationEntity registration : all) {
                if (registration.status == group) {
                    Integer rank = group == SeatStatus.WAITLISTED ? ++position : null;
                    views.add(new RegistrationView(registration, event, nameOf(registration.studentNumber), rank));
                }
            }
        }
        return views;
    }

    /** The calling student's registrations, by event start. */
    public List<RegistrationView> mine() {
        String own = currentUser.studentNumber().orElse("");
        List<RegistrationView> views = new ArrayList<>();
        for (EventRegistrationEntity registration : EventRegistrationEntity.ofStudent(own)) {
            views.add(registrationView(registration, find(registration.eventId, LockModeType.NONE),
                    nameOf(own)));
        }
        views.sort(java.util.Comparator.comparing(view -> view.event().startsAt));
        return views;
    }

    // ---------------------------------------------------------------------------------------------- for readiness

    /** When the student attended a preparation meeting (the tropical course's last evening is one). */
    public List<Instant> attendedMeetings(String studentNumber) {
        return PreparationEventEntity.meetingsAttendedBy(studentNumber);
    }

    /** Preparation meetings still open for registration that end before a day, with free seats. */
    public List<EventView> openMeetingsBefore(LocalDate day) {
        Instant now = Instants.now(clock);
        return list(EventKind.PREPARATION_MEETING, null, day.minusDays(1), Boolean.TRUE, false).stream()
                .filter(view -> view.event().registrationClosesAt.isAfter(now))
                .toList();
    }

    // ----------------------------------------------------------------------------------------------

    private void promote(PreparationEventEntity event, int seated) {
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
        nl.bis.placements.student.StudentEntity student =
                nl.bis.placements.student.StudentEntity.findById(studentNumber);
        return student == null ? studentNumber : student.name;
    }

    private void apply(PreparationEventEntity event, EventInput input) {
        ZonedDateTime start = local("start", input.start());
        ZonedDateTime end = local("end", input.end());
        ZonedDateTime closes = input.registrationClosesAt() == null ? start
                : local("registrationClosesAt", input.registrationClosesAt());
        CourseSchedule.orderProblem(start, end, closes).ifPresent(field -> {
            throw ApiException.invalid(field, field.equals("end") ? "must be after start" : "must not be after start");
        });
        event.kind = input.kind();
        event.title = nonBlank("title", input.title());
        event.startsAt = start.toInstant();
        event.endsAt = end.toInstant();
        event.location = nonBlank("location", input.location());
        event.capacity = input.capacity();
        event.registrationClosesAt = closes.toInstant();
    }

    private static String nonBlank(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid(field, "must not be blank");
        }
        return text.strip();
    }

    private ZonedDateTime local(String field, String text) {
        try {
            return CourseSchedule.parse(text, config.zone());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, e.getMessage());
        }
    }

    private static PreparationEventEntity find(long id, LockModeType lock) {
        PreparationEventEntity event = PreparationEventEntity.findById(id, lock);
        if (event == null) {
            throw ApiException.notFound("Preparation event " + id);
        }
        return event;
    }

    private static ApiException cancelled(PreparationEventEntity event) {
        return new ApiException(ProblemType.EVENT_CANCELLED.problem(
                "'" + event.title + "' has been cancelled.").with("eventId", event.id));
    }

    private EventView view(PreparationEventEntity event) {
        return views(List.of(event)).get(0);
    }

    /** Seat counts of many events in one query. */
    private List<EventView> views(List<PreparationEventEntity> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        List<Object[]> rows = EventRegistrationEntity.countsByStatus(events.stream().map(e -> e.id).toList());
        for (Object[] row : rows) {
            int[] seats = counts.computeIfAbsent((Long) row[0], id -> new int[2]);
            SeatStatus status = (SeatStatus) row[1];
            int n = ((Number) row[2]).intValue();
            if (SEATED.contains(status)) {
                seats[0] += n;
            } else if (status == SeatStatus.WAITLISTED) {
                seats[1] += n;
            }
        }
        return events.stream().map(e -> {
            int[] seats = counts.getOrDefault(e.id, new int[2]);
            return new EventView(e, seats[0], seats[1]);
        }).toList();
    }
}
