package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.PlacementsConfig;

/** Series of preparation events (the tropical course): creating all their sessions at once, and signing up for all. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesService {

    public record SeriesInput(String title, LocalDate firstSession, String location, int capacity,
                              String registrationClosesAt) {
    }

    public record SeriesView(PreparationSeriesEntity series, List<EventService.EventView> sessions) {
    }

    @Inject
    Audit audit;

    @Inject
    PlacementsConfig config;

    @Inject
    EventService events;

    @Inject
    SeatService seats;

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
                : events.local("registrationClosesAt", input.registrationClosesAt());
        if (closes.isAfter(sessions.get(0).start())) {
            throw ApiException.invalid("registrationClosesAt", "must not be after the first session's start");
        }
        PreparationSeriesEntity series = new PreparationSeriesEntity();
        series.title = EventService.nonBlank("title", input.title());
        String location = EventService.nonBlank("location", input.location());
        audit.created(series);
        series.persist();
        List<EventService.EventView> views = new ArrayList<>();
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
            views.add(new EventService.EventView(event, 0, 0));
        }
        Panache.getEntityManager().flush();
        return new SeriesView(series, views);
    }

    public SeriesView getSeries(long id) {
        PreparationSeriesEntity series = PreparationSeriesEntity.<PreparationSeriesEntity>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Preparation series " + id));
        return new SeriesView(series, events.views(PreparationEventEntity.sessionsOf(id)));
    }

    /** Signs up for every session of a series, each seat judged on its own; all sessions or none. */
    @Transactional
    public List<SeatService.RegistrationView> registerForSeries(long seriesId, SeatService.Attendee attendee) {
        getSeries(seriesId);
        List<SeatService.RegistrationView> registrations = new ArrayList<>();
        for (PreparationEventEntity session : PreparationEventEntity.sessionsOf(seriesId)) {
            registrations.add(seats.register(session.id, attendee));
        }
        return registrations;
    }
}
