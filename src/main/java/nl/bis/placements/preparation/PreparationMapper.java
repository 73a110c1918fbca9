package nl.bis.placements.preparation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.bis.placements.api.model.EventRegistration;
import nl.bis.placements.api.model.EventRegistrationStatus;
import nl.bis.placements.api.model.PreparationEvent;

/** Between the contract's event models and the feature's own types; instants carry the faculty's offset. */
public final class PreparationMapper {

    private PreparationMapper() {
    }

    public static PreparationEvent toApi(PreparationService.EventView view, ZoneId zone) {
        PreparationEventEntity e = view.event();
        return new PreparationEvent()
                .id(e.id)
                .kind(nl.bis.placements.api.model.EventKind.fromValue(e.kind.name()))
                .title(e.title)
                .startsAt(local(e.startsAt, zone))
                .endsAt(local(e.endsAt, zone))
                .location(e.location)
                .capacity(e.capacity)
                .confirmed(view.confirmed())
                .waitlisted(view.waitlisted())
                .freeSeats(view.freeSeats())
                .registrationClosesAt(local(e.registrationClosesAt, zone))
                .cancelled(e.cancelled)
                .seriesId(e.seriesId)
                .version(e.version);
    }

    static EventRegistration toApi(PreparationService.RegistrationView view, ZoneId zone) {
        EventRegistrationEntity r = view.registration();
        return new EventRegistration()
                .id(r.id)
                .eventId(r.eventId)
                .eventTitle(view.event().title)
                .eventKind(nl.bis.placements.api.model.EventKind.fromValue(view.event().kind.name()))
                .eventStartsAt(local(view.event().startsAt, zone))
                .studentNumber(r.studentNumber)
                .studentName(view.studentName())
                .status(EventRegistrationStatus.fromValue(r.status.name()))
                .waitlistPosition(view.waitlistPosition())
                .registeredAt(local(r.queuedAt, zone))
                .updatedAt(local(r.updatedAt, zone));
    }

    static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
