package nl.bis.placements.preparation;

import nl.bis.placements.api.model.EventRegistration;
import nl.bis.placements.api.model.EventRegistrationStatus;
import nl.bis.placements.api.model.PreparationEvent;
import nl.bis.placements.common.Instants;

/** Between the contract's event models and the feature's own types; instants in UTC, like every other instant. */
public final class PreparationMapper {

    private PreparationMapper() {
    }

    public static PreparationEvent toApi(EventService.EventView view) {
        PreparationEventEntity e = view.event();
        return new PreparationEvent()
                .id(e.id)
                .kind(nl.bis.placements.api.model.EventKind.fromValue(e.kind.name()))
                .title(e.title)
                .startsAt(Instants.utc(e.startsAt))
                .endsAt(Instants.utc(e.endsAt))
                .location(e.location)
                .capacity(e.capacity)
                .confirmed(view.confirmed())
                .waitlisted(view.waitlisted())
                .freeSeats(view.freeSeats())
                .registrationClosesAt(Instants.utc(e.registrationClosesAt))
                .cancelled(e.cancelled)
                .seriesId(e.seriesId)
                .version(e.version);
    }

    static EventRegistration toApi(SeatService.RegistrationView view) {
        EventRegistrationEntity r = view.registration();
        return new EventRegistration()
                .id(r.id)
                .eventId(r.eventId)
                .eventTitle(view.event().title)
                .eventKind(nl.bis.placements.api.model.EventKind.fromValue(view.event().kind.name()))
                .eventStartsAt(Instants.utc(view.event().startsAt))
                .studentNumber(r.studentNumber)
                .studentName(view.studentName())
                .status(EventRegistrationStatus.fromValue(r.status.name()))
                .waitlistPosition(view.waitlistPosition())
                .registeredAt(Instants.utc(r.queuedAt))
                .updatedAt(Instants.utc(r.updatedAt));
    }

}
