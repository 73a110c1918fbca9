package nl.bis.placements.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bis.placements.accesslog.AccessLog;
import nl.bis.placements.accesslog.SensitiveResource;
import nl.bis.placements.destination.DestinationEntity;
import nl.bis.placements.destination.DestinationService;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementQueries;

/**
 * Who is abroad on a date, and how to reach them and their family: the office's first question when the travel
 * advice for a country turns red.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudentsAbroad {

    /** One placement whose student is abroad, with what is known to reach them (address and contacts may be null). */
    public record Entry(PlacementEntity placement, DestinationEntity destination, AddressAbroadEntity address,
                        EmergencyContactsEntity contacts) {
    }

    /** The list for a date and the filters asked for. */
    public record Result(LocalDate on, String countryCode, String region, List<Entry> entries) {
    }

    @Inject
    Clock clock;

    @Inject
    PlacementQueries placements;

    @Inject
    DestinationService destinations;

    @Inject
    AccessLog accessLog;

    /**
     * The students abroad on a date (today in the service's zone when null), in a country and region when given. Each
     * placement listed is a logged read of its student's address and contacts, all written in one statement.
     */
    @Transactional
    public Result on(LocalDate on, String countryCode, String region) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        Map<String, DestinationEntity> countries = destinations.list(region, null, null).stream()
                .collect(Collectors.toMap(d -> d.countryCode, Function.identity()));
        Collection<String> codes = countryCode != null
                ? countries.containsKey(countryCode) ? Set.of(countryCode) : Set.of()
                : region != null ? countries.keySet() : null;
        List<PlacementEntity> abroad = placements.abroadOn(day, codes);
        Map<Long, AddressAbroadEntity> addresses = AddressAbroadEntity.ofPlacements(
                abroad.stream().map(p -> p.id).toList());
        Map<String, EmergencyContactsEntity> contacts = EmergencyContactsEntity.ofStudents(
                abroad.stream().map(p -> p.student.studentNumber).collect(Collectors.toSet()));
        List<Entry> entries = abroad.stream().map(p -> new Entry(p, countries.get(p.countryCode),
                addresses.get(p.id), contacts.get(p.student.studentNumber))).toList();
        accessLog.recordAll(SensitiveResource.ABROAD_LIST, entries.stream().map(e -> new AccessLog.Read(
                e.placement().student.studentNumber, String.valueOf(e.placement().id), e.placement().id)).toList());
        return new Result(day, countryCode, region, entries);
    }
}
