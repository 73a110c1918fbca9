package nl.bis.placements.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.destination.DestinationEntity;
import nl.bis.placements.destination.TravelAdvice;
import nl.bis.placements.destination.TravelAdviceObserver;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementQueries;

/**
 * A travel advice that turns orange or red (or orange to red): the faculty "requires leaving" such areas, so the
 * students there today hear it at once, and so does the office's mailbox, in the transaction of the change.
 */
@ApplicationScoped
public class TravelAdviceMessages implements TravelAdviceObserver {

    @Inject
    Outbox outbox;

    @Inject
    MessageData data;

    @Inject
    PlacementQueries placements;

    @Inject
    Clock clock;

    @Override
    public void adviceChanged(DestinationEntity destination, TravelAdvice from, String reason) {
        TravelAdvice now = destination.travelAdvice;
        // The colours are declared from green to red: only a step up to orange or red is news.
        if (!now.forbidsStudyTravel() || (from != null && from.compareTo(now) >= 0)) {
            return;
        }
        List<PlacementEntity> there = placements.abroadOn(LocalDate.now(clock), List.of(destination.countryCode));
        Set<String> told = new HashSet<>();
        for (PlacementEntity placement : there) {
            if (told.add(placement.student.studentNumber)) {
                Map<String, Object> values = values(destination, from, reason);
                values.putAll(data.about(placement));
                values.put("staff", false);
                outbox.toStudent(MessageKind.TRAVEL_ADVICE_RAISED, placement.student.studentNumber,
                        MessageRefs.placement(placement.id), values, null);
            }
        }
        Map<String, Object> values = values(destination, from, reason);
        values.put("staff", true);
        values.put("studentsThere", told.size());
        outbox.toStaff(MessageKind.TRAVEL_ADVICE_RAISED, MessageRefs.NONE, values, null);
    }

    private static Map<String, Object> values(DestinationEntity destination, TravelAdvice from, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("country", MessageWording.country(destination.countryCode));
        values.put("advice", MessageWording.advice(destination.travelAdvice));
        values.put("from", from == null ? MessageWording.both("onbekend", "unknown") : MessageWording.advice(from));
        values.put("reason", reason);
        return values;
    }
}
