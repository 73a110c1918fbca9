package nl.bis.placements.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import nl.bis.placements.preparation.EventObserver;
import nl.bis.placements.preparation.EventRegistrationEntity;
import nl.bis.placements.preparation.PreparationEventEntity;

/**
 * The messages about preparation events, queued in the transaction of the change: a seat given to someone on the
 * waitlist, and an event changed or cancelled (to everyone signed up, seated or waiting).
 */
@ApplicationScoped
public class EventMessages implements EventObserver {

    @Inject
    Outbox outbox;

    @Inject
    MessageData data;

    @Override
    public void seatConfirmed(PreparationEventEntity event, EventRegistrationEntity registration) {
        outbox.toStudent(MessageKind.SEAT_CONFIRMED, registration.studentNumber, MessageRefs.event(event.id),
                data.about(event), null);
    }

    @Override
    public void eventChanged(PreparationEventEntity event, Details before) {
        Map<String, Object> values = data.about(event);
        values.put("before", data.details(before, event.id));
        toEveryoneSignedUp(MessageKind.EVENT_CHANGED, event, values);
    }

    @Override
    public void eventCancelled(PreparationEventEntity event) {
        toEveryoneSignedUp(MessageKind.EVENT_CANCELLED, event, data.about(event));
    }

    private void toEveryoneSignedUp(MessageKind kind, PreparationEventEntity event, Map<String, Object> values) {
        for (EventRegistrationEntity registration : EventRegistrationEntity.signedUp(event.id)) {
            outbox.toStudent(kind, registration.studentNumber, MessageRefs.event(event.id), values, null);
        }
    }
}
