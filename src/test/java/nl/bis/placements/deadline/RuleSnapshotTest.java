package nl.bis.placements.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSnapshotTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> TYPES = List.of("GP_CLERKSHIP", "RESEARCH_INTERNSHIP", "TROPICAL_INTERNSHIP");
    private static final RuleTerms GP = new RuleTerms(1, "GP_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(4),
            LocalDate.of(2024, 2, 16), null);
    private static final RuleTerms RESEARCH = new RuleTerms(2, "RESEARCH_INTERNSHIP", RuleKind.REGISTRATION,
            Period.ofMonths(6), LocalDate.of(2024, 2, 16), null);
    private static final RuleTerms RESEARCH_ADVISORY = new RuleTerms(3, "RESEARCH_INTERNSHIP", RuleKind.ADVISORY,
            Period.ofMonths(12), LocalDate.of(2024, 2, 16), LocalDate.of(2027, 12, 31));
    private static final RuleTerms RESEARCH_LATER = new RuleTerms(4, "RESEARCH_INTERNSHIP", RuleKind.ADVISORY,
            Period.ofMonths(10), LocalDate.of(2028, 1, 1), null);
    private static final List<RuleTerms> RULES = List.of(GP, RESEARCH, RESEARCH_ADVISORY, RESEARCH_LATER);

    private static Clock on(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day, LocalTime.NOON, AMSTERDAM).toInstant(), AMSTERDAM);
    }

    @Test
    void theSnapshotAnswersWhatTheCalculatorAnswersForEveryType() {
        RuleSnapshot snapshot = RuleSnapshot.of(TYPES, RULES);
        LocalDate departure = LocalDate.of(2028, 8, 31);
        for (LocalDate today : List.of(LocalDate.of(2027, 6, 1), LocalDate.of(2028, 1, 1))) {
            DeadlineCalculator calculator = new DeadlineCalculator(on(today));
            List<Deadline> expected = TYPES.stream().map(t -> calculator.deadline(t, departure, RULES)).toList();

            assertEquals(expected, snapshot.deadlines(null, departure, today));
            assertEquals(List.of(expected.get(1)), snapshot.deadlines("RESEARCH_INTERNSHIP", departure, today));
        }
    }

    @Test
    void aTypeTheSnapshotDoesNotKnowHasNoDeadlines() {
        assertEquals(List.of(), RuleSnapshot.of(TYPES, RULES).deadlines("HOLIDAY", LocalDate.of(2028, 8, 31),
                LocalDate.of(2027, 6, 1)));
    }

    @Test
    void theVersionIsTheSameForTheSameRulesInAnyOrder() {
        assertEquals(RuleSnapshot.of(TYPES, RULES).version(),
                RuleSnapshot.of(TYPES, List.of(RESEARCH_LATER, RESEARCH_ADVISORY, RESEARCH, GP)).version());
    }

    @Test
    void theVersionChangesWithEveryTermOfARuleAndWithTheTypes() {
        String version = RuleSnapshot.of(TYPES, RULES).version();
        List<RuleTerms> changed = List.of(
                new RuleTerms(1, "GP_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(5), GP.validFrom(), null),
                new RuleTerms(1, "GP_CLERKSHIP", RuleKind.ADVISORY, GP.leadTime(), GP.validFrom(), null),
                new RuleTerms(1, "GP_CLERKSHIP", RuleKind.REGISTRATION, GP.leadTime(), LocalDate.of(2024, 2, 17), null),
                new RuleTerms(1, "GP_CLERKSHIP", RuleKind.REGISTRATION, GP.leadTime(), GP.validFrom(),
                        LocalDate.of(2030, 1, 1)),
                new RuleTerms(9, "GP_CLERKSHIP", RuleKind.REGISTRATION, GP.leadTime(), GP.validFrom(), null));
        for (RuleTerms gp : changed) {
            assertNotEquals(version, RuleSnapshot.of(TYPES, List.of(gp, RESEARCH, RESEARCH_ADVISORY, RESEARCH_LATER))
                    .version(), gp.toString());
        }
        assertNotEquals(version, RuleSnapshot.of(TYPES, List.of(GP, RESEARCH, RESEARCH_ADVISORY)).version());
        assertNotEquals(version, RuleSnapshot.of(TYPES.subList(0, 2), RULES).version());
    }

    @Test
    void theTagIsTheSameForTheSameQuestionOnTheSameDay() {
        LocalDate departure = LocalDate.of(2028, 8, 31);
        LocalDate today = LocalDate.of(2027, 6, 1);
        assertEquals(RuleSnapshot.of(TYPES, RULES).tag("GP_CLERKSHIP", departure, today),
                RuleSnapshot.of(TYPES, List.copyOf(RULES).reversed()).tag("GP_CLERKSHIP", departure, today));
    }

    @Test
    void theTagChangesWithTheDayTheDepartureTheTypeAndTheRules() {
        RuleSnapshot snapshot = RuleSnapshot.of(TYPES, RULES);
        LocalDate departure = LocalDate.of(2028, 8, 31);
        LocalDate today = LocalDate.of(2027, 6, 1);
        String tag = snapshot.tag("GP_CLERKSHIP", departure, today);

        assertNotEquals(tag, snapshot.tag("GP_CLERKSHIP", departure, today.plusDays(1)));
        assertNotEquals(tag, snapshot.tag("GP_CLERKSHIP", departure.plusDays(1), today));
        assertNotEquals(tag, snapshot.tag("RESEARCH_INTERNSHIP", departure, today));
        assertNotEquals(tag, snapshot.tag(null, departure, today));
        assertNotEquals(tag, RuleSnapshot.of(TYPES, List.of(GP, RESEARCH)).tag("GP_CLERKSHIP", departure, today));
    }
}
