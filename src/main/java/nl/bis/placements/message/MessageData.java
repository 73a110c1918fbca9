package nl.bis.placements.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.bis.placements.common.PlacementsConfig;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placementtype.PlacementTypeService;
import nl.bis.placements.preparation.EventObserver;
import nl.bis.placements.preparation.PreparationEventEntity;

/**
 * What the templates read about a placement ({@code placement.*}) and an event ({@code event.*}); the words that
 * depend on the language come in both ({@link MessageWording}). Each call returns a new map the caller may add to.
 */
@ApplicationScoped
class MessageData {

    @Inject
    PlacementTypeService types;

    @Inject
    PlacementsConfig config;

    /**
     * {@code placement}: {@code id}, {@code type.nl|en}, {@code country.nl|en|code}, {@code city}, {@code host},
     * {@code departure.nl|en}, {@code returnDate.nl|en}.
     */
    Map<String, Object> about(PlacementEntity placement) {
        Map<String, Object> data = new HashMap<>();
        data.put("placement", placement(placement, type(placement), MessageWording.country(placement.countryCode)));
        return data;
    }

    /**
     * {@link #about(PlacementEntity)} and the keys of the registration's template: {@code placementType.nl|en},
     * {@code destination.nl|en} (city and country) and {@code departureDate.nl|en}.
     */
    Map<String, Object> registration(PlacementEntity placement) {
        Map<String, Object> type = type(placement);
        Map<String, Object> country = MessageWording.country(placement.countryCode);
        Map<String, Object> data = new HashMap<>();
        data.put("placement", placement(placement, type, country));
        data.put("placementType", type);
        data.put("destination", MessageWording.both(placement.city + ", " + country.get("nl"),
                placement.city + ", " + country.get("en")));
        data.put("departureDate", MessageWording.day(placement.departureDate));
        return data;
    }

    /** {@code event}: {@code id}, {@code title}, {@code location}, {@code when.nl|en}. */
    Map<String, Object> about(PreparationEventEntity event) {
        Map<String, Object> data = new HashMap<>();
        data.put("event", details(EventObserver.Details.of(event), event.id));
        return data;
    }

    /** The {@code event} of {@link #about(PreparationEventEntity)} for what an event was before it changed. */
    Map<String, Object> details(EventObserver.Details details, Long id) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", id);
        event.put("title", details.title());
        event.put("location", details.location());
        event.put("when", MessageWording.when(details.startsAt(), details.endsAt(), config.zone()));
        return event;
    }

    private static Map<String, Object> placement(PlacementEntity placement, Map<String, Object> type,
                                                 Map<String, Object> country) {
        Map<String, Object> about = new HashMap<>();
        about.put("id", placement.id);
        about.put("type", type);
        about.put("country", country);
        about.put("city", placement.city);
        about.put("host", placement.hostInstitution);
        about.put("departure", MessageWording.day(placement.departureDate));
        about.put("returnDate", MessageWording.day(placement.returnDate));
        return about;
    }

    /** The type's names as they read within a sentence: "je senior coschap", "your senior clerkship". */
    private Map<String, Object> type(PlacementEntity placement) {
        return types.find(placement.placementType)
                .map(type -> MessageWording.both(lowerFirst(type.nameNl), lowerFirst(type.nameEn)))
                .orElse(MessageWording.both(placement.placementType, placement.placementType));
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
