package nl.bis.placements.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.bis.placements.placement.PlacementStatus;

/**
 * The rules of incident reports, in plain Java. The office asks students: "Mocht je een prikaccident of een ander
 * vervelend voorval hebben meegemaakt; meld dit alsjeblieft aan ons zodra je terug bent." So an incident is reported
 * once the student has left (and as late as after completion), for a day of the placement that has passed; a
 * needle-stick injury needs the office's follow-up.
 */
public final class IncidentRules {

    /** What happened. */
    public enum Kind {
        NEEDLESTICK_INJURY,
        ILLNESS,
        ACCIDENT,
        SAFETY,
        OTHER
    }

    /** Where the office's follow-up of an incident stands. */
    public enum FollowUp {
        OPEN,
        HANDLED
    }

    /** The days an incident may have happened on: the placement's first day up to its last, or today if earlier. */
    public record Window(LocalDate earliest, LocalDate latest) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(earliest) && !day.isAfter(latest);
        }
    }

    /** Incidents counted by kind (every kind present, zero when none). */
    public record Counts(Map<Kind, Long> byKind) {

        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(Kind kind) {
            return byKind.getOrDefault(kind, 0L);
        }
    }

    /** One incident as the summary counts it: where (country and host) and what, nothing about whom. */
    public record Counted(String countryCode, String hostInstitution, Kind kind) {
    }

    /** The counts of one host in one country. */
    public record HostCounts(String countryCode, String hostInstitution, Counts counts) {
    }

    private static final Set<PlacementStatus> REPORTABLE =
            Collections.unmodifiableSet(EnumSet.of(PlacementStatus.ABROAD, PlacementStatus.RETURNED,
                    PlacementStatus.COMPLETED));

    private IncidentRules() {
    }

    public static boolean isReportable(PlacementStatus status) {
        return REPORTABLE.contains(status);
    }

    /** Only a needle-stick injury needs the office's follow-up (a blood test, post-exposure prophylaxis). */
    public static Optional<FollowUp> followUpFor(Kind kind) {
        return kind == Kind.NEEDLESTICK_INJURY ? Optional.of(FollowUp.OPEN) : Optional.empty();
    }

    /**
     * The days an incident of a placement may be dated: from departure to return, and never after today. Empty when
     * there is none (the placement starts after today).
     */
    public static Optional<Window> window(LocalDate departure, LocalDate returnDate, LocalDate today) {
        LocalDate latest = returnDate.isBefore(today) ? returnDate : today;
        return latest.isBefore(departure) ? Optional.empty() : Optional.of(new Window(departure, latest));
    }

    /** Why a follow-up cannot be dated {@code handledOn}, or empty when it can. */
    public static Optional<String> handledOnProblem(LocalDate handledOn, LocalDate occurredOn, LocalDate today) {
        if (handledOn.isAfter(today)) {
            return Optional.of("must not be in the future (today is " + today + ")");
        }
        if (handledOn.isBefore(occurredOn)) {
            return Optional.of("must not be before the day of the incident (" + occurredOn + ")");
        }
        return Optional.empty();
    }

    /** Counts by kind, every kind listed. */
    public static Counts count(Collection<Kind> kinds) {
        Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, 0L);
        }
        kinds.forEach(kind -> byKind.merge(kind, 1L, Long::sum));
        return new Counts(Collections.unmodifiableMap(byKind));
    }

    /** The incidents counted per country and host, by country code and then host name. */
    public static List<HostCounts> perHost(Collection<Counted> incidents) {
        Map<Host, List<Kind>> grouped = new TreeMap<>(Comparator.comparing(Host::countryCode)
                .thenComparing(Host::hostInstitution));
        for (Counted incident : incidents) {
            grouped.computeIfAbsent(new Host(incident.countryCode(), incident.hostInstitution()),
                    k -> new ArrayList<>()).add(incident.kind());
        }
        List<HostCounts> rows = new ArrayList<>();
        grouped.forEach((host, kinds) -> rows.add(new HostCounts(host.countryCode(), host.hostInstitution(),
                count(kinds))));
        return rows;
    }

    private record Host(String countryCode, String hostInstitution) {
    }
}
