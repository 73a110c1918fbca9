package nl.bis.placements.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.PlacementsConfig;
import nl.bis.placements.common.ProblemType;

/** Preparation events themselves: listing them with their seat counts, creating, changing and cancelling them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    public record EventInput(EventKind kind, String title, String start, String end, String location, int capacity,
                             String registrationClosesAt) {
    }

    public record EventView(PreparationEventEntity event, int confirmed, int waitlisted) {
        public int freeSeats() {
            return Math.max(0, event.capacity - confirmed);
        }
    }

    /** Which events a listing holds by their seats. */
    public enum Seats {
        ANY,
        /** Only events with a free seat. */
        FREE,
        /** Only full events. */
        FULL
    }

    @Inject
    Audit audit;

    @Inject
    PlacementsConfig config;

    @Inject
    Waitlist waitlist;

    @Inject
    jakarta.enterprise.inject.Instance<EventObserver> observers;

    /** The events of a kind (null: any) starting from a day to a day (inclusive; null: open). */
    public List<EventView> list(EventKind kind, LocalDate from, LocalDate to, Seats seats,
                                PreparationEventEntity.Cancelled cancelled) {
        ZoneId zone = config.zone();
        List<PreparationEventEntity> events = PreparationEventEntity.search(kind,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), cancelled);
        return views(events).stream()
                .filter(view -> seats == Seats.ANY || (seats == Seats.FREE) == (view.freeSeats() > 0)).toList();
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
        int seated = EventRegistrationEntity.countWith(event.id, Waitlist.SEATED);
        if (input.capacity() < seated) {
            throw new ApiException(ProblemType.CAPACITY_BELOW_CONFIRMED,
                    "Event " + id + " has " + seated + " confirmed seats; the capacity cannot drop below that. "
                            + "Cancel registrations first.");
        }
        EventObserver.Details before = EventObserver.Details.of(event);
        apply(event, input);
        audit.updated(event);
        waitlist.promote(event, seated);
        if (!before.equals(EventObserver.Details.of(event))) {
            observers.forEach(observer -> observer.eventChanged(event, before));
        }
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
            observers.forEach(observer -> observer.eventCancelled(event));
        }
    }

    // ---------------------------------------------------------------------------------------------- shared

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

    static String nonBlank(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid(field, "must not be blank");
        }
        return text.strip();
    }

    ZonedDateTime local(String field, String text) {
        try {
            return CourseSchedule.parse(text, config.zone());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, e.getMessage());
        }
    }

    static PreparationEventEntity find(long id, LockModeType lock) {
        PreparationEventEntity event = PreparationEventEntity.findById(id, lock);
        if (event == null) {
            throw ApiException.notFound("Preparation event " + id);
        }
        return event;
    }

    static ApiException cancelled(PreparationEventEntity event) {
        return new ApiException(ProblemType.EVENT_CANCELLED.problem(
                "'" + event.title + "' has been cancelled.").with("eventId", event.id));
    }

    private EventView view(PreparationEventEntity event) {
        return views(List.of(event)).get(0);
    }

    /** Seat counts of many events in one query. */
    List<EventView> views(List<PreparationEventEntity> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        List<Object[]> rows = EventRegistrationEntity.countsByStatus(events.stream().map(e -> e.id).toList());
        for (Object[] row : rows) {
            int[] seats = counts.computeIfAbsent((Long) row[0], id -> new int[2]);
            SeatStatus status = (SeatStatus) row[1];
            int n = ((Number) row[2]).intValue();
            if (Waitlist.SEATED.contains(status)) {
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
