package nl.bis.placements.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bis.placements.common.Hashes;

/**
 * The placement types and the rules in force, as the public calculator answers from them: immutable, grouped by
 * type once, and with a version that is the same on every instance holding the same rules (a digest of their terms,
 * never a counter of this process), so that an answer's tag is too.
 */
public final class RuleSnapshot {

    private final Map<String, List<RuleTerms>> rulesByType;
    private final String version;

    private RuleSnapshot(Map<String, List<RuleTerms>> rulesByType, String version) {
        this.rulesByType = rulesByType;
        this.version = version;
    }

    /** The snapshot of {@code types} (in the order answers list them) and the rules in force, in any order. */
    public static RuleSnapshot of(List<String> types, Collection<RuleTerms> rules) {
        List<RuleTerms> sorted = rules.stream().sorted(Comparator.comparingLong(RuleTerms::id)).toList();
        Map<String, List<RuleTerms>> byType = new LinkedHashMap<>();
        for (String type : types) {
            byType.put(type, sorted.stream().filter(r -> r.placementType().equals(type)).toList());
        }
        return new RuleSnapshot(Collections.unmodifiableMap(byType), digest(types, sorted));
    }

    /** Identifies the content: equal on every instance for the same types and rules, different after any change. */
    public String version() {
        return version;
    }

    /**
     * The deadlines for a departure date as of {@code today}: one type, or every type when {@code placementType} is
     * null; none for a type the snapshot does not hold.
     */
    public List<Deadline> deadlines(String placementType, LocalDate departure, LocalDate today) {
        // The calculator reads "today" from a clock; a fixed one makes the whole answer (and its tag) one day's.
        DeadlineCalculator calculator = new DeadlineCalculator(
                Clock.fixed(today.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        if (placementType != null) {
            List<RuleTerms> rules = rulesByType.get(placementType);
            return rules == null ? List.of() : List.of(calculator.deadline(placementType, departure, rules));
        }
        return rulesByType.entrySet().stream()
                .map(e -> calculator.deadline(e.getKey(), departure, e.getValue()))
                .toList();
    }

    /**
     * The entity tag of {@link #deadlines}' answer, without computing it: the answer depends on nothing but the
     * rules, the question and the day.
     */
    public String tag(String placementType, LocalDate departure, LocalDate today) {
        return version + "-" + Long.toString(today.toEpochDay(), 36) + "-" + Long.toString(departure.toEpochDay(), 36)
                + "-" + (placementType == null ? "all" : placementType);
    }

    private static String digest(List<String> types, List<RuleTerms> rules) {
        String content = types + "|" + rules.stream().map(RuleTerms::toString).collect(Collectors.joining(";"));
        return Hashes.sha256(content).substring(0, 16);
    }
}
