package nl.bis.placements.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.bis.placements.common.TextRules;

/** The upcoming preparation events as an RFC 5545 calendar that students can subscribe to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PreparationCalendar {

    @Inject
    EventService events;

    @Inject
    Clock clock;

    public String upcoming() {
        Calendar calendar = new Calendar()
                .withProdId("-//Placements Abroad//Preparation events//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        for (EventService.EventView view : events.list(null, LocalDate.now(clock), null, EventService.Seats.ANY,
                PreparationEventEntity.Cancelled.LEFT_OUT)) {
            PreparationEventEntity e = view.event();
            // Input is refused with any line break already; text stored before that rule still never splits an event.
            VEvent event = new VEvent(e.startsAt, e.endsAt, TextRules.asSingleLine(e.title));
            event.add(new Uid("preparation-event-" + e.id + "@placements-abroad"));
            event.add(new Location(TextRules.asSingleLine(e.location)));
            event.add(new Description(kindText(e.kind) + " " + view.freeSeats() + " of " + e.capacity + " seats free."));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String kindText(EventKind kind) {
        return switch (kind) {
            case PREPARATION_MEETING -> "Mandatory preparation meeting before departure.";
            case TROPICAL_COURSE_SESSION -> "Tropical course evening.";
            case INFO_SESSION -> "Information session.";
        };
    }
}
