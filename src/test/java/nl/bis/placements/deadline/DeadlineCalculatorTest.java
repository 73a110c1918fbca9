package nl.bis.placements.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate RULES_FROM = LocalDate.of(2024, 2, 16);

    private static final List<RuleTerms> SEEDED = List.of(
            new RuleTerms(1, "RESEARCH_INTERNSHIP", RuleKind.REGISTRATION, Period.ofMonths(6), RULES_FROM, null),
            new RuleTerms(2, "GP_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(4), RULES_FROM, null),
            new RuleTerms(3, "SOCIAL_MEDICINE_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(3), RULES_FROM, null),
            new RuleTerms(4, "SENIOR_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(6), RULES_FROM, null),
            new RuleTerms(5, "SENIOR_CLERKSHIP", RuleKind.ADVISORY, Period.ofMonths(12), RULES_FROM, null),
            new RuleTerms(6, "RESEARCH_INTERNSHIP", RuleKind.ADVISORY, Period.ofMonths(12), RULES_FROM, null));

    private static DeadlineCalculator on(LocalDate today) {
        return new DeadlineCalculator(Clock.fixed(today.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM));
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource({
            "2027-08-31, P6M, 2027-02-28",   // clamped to the end of a short February
            "2028-08-31, P6M, 2028-02-29",   // leap year
            "2027-09-01, P6M, 2027-03-01",
            "2027-07-31, P4M, 2027-03-31",
            "2027-06-30, P4M, 2027-02-28",
            "2027-05-31, P3M, 2027-02-28",
            "2028-05-31, P3M, 2028-02-29",
            "2027-12-31, P3M, 2027-09-30",   // 30-day month
            "2027-03-31, P1M, 2027-02-28",
            "2027-01-15, P6M, 2026-07-15",   // across a year boundary
            "2029-02-28, P12M, 2028-02-28",
            "2028-02-29, P12M, 2027-02-28",  // from a leap day back a year
            "2027-03-10, P2W, 2027-02-24",
            "2020-03-01, P1M2D, 2020-01-28",  // days first: cutoff + lead time never passes the departure
            "2027-03-01, P1D, 2027-02-28"
    })
    void cutoffIsTheDepartureMinusTheLeadTimeClampedToMonthEnd(LocalDate departure, String leadTime, LocalDate cutoff) {
        assertEquals(cutoff, DeadlineCalculator.cutoff(departure, LeadTimes.parse(leadTime)));
    }

    @Test
    void registeringOnTheCutoffDayIsOnTime() {
        LocalDate cutoff = LocalDate.of(2027, 2, 28);
        assertTrue(DeadlineCalculator.onTime(cutoff, cutoff));
        assertTrue(DeadlineCalculator.onTime(cutoff.minusDays(1), cutoff));
        assertFalse(DeadlineCalculator.onTime(cutoff.plusDays(1), cutoff));
    }

    @ParameterizedTest(name = "{0} days left is {1}")
    @CsvSource({"15, OPEN", "14, CLOSING_SOON", "1, CLOSING_SOON", "0, CLOSING_SOON", "-1, CLOSED", "400, OPEN"})
    void statusFollowsTheDaysLeft(int daysLeft, DeadlineStatus status) {
        LocalDate today = LocalDate.of(2027, 1, 10);
        assertEquals(status, DeadlineCalculator.status(today.plusDays(daysLeft), today));
    }

    @Test
    void researchInternshipDeadlineForEndOfAugustDeparture() {
        Deadline deadline = on(LocalDate.of(2027, 2, 20))
                .deadline("RESEARCH_INTERNSHIP", LocalDate.of(2027, 8, 31), SEEDED);

        assertEquals(LocalDate.of(2027, 2, 28), deadline.registrationCutoff());
        assertEquals(1L, deadline.ruleId());
        assertEquals(Period.ofMonths(6), deadline.leadTime());
        assertEquals(LocalDate.of(2026, 8, 31), deadline.advisoryDate());
        assertEquals(6L, deadline.advisoryRuleId());
        assertEquals(8, deadline.daysRemaining());
        assertEquals(DeadlineStatus.CLOSING_SOON, deadline.status());
    }

    @Test
    void aPassedCutoffIsClosedWithNegativeDaysRemaining() {
        Deadline deadline = on(LocalDate.of(2027, 3, 3)).deadline("GP_CLERKSHIP", LocalDate.of(2027, 7, 1), SEEDED);

        assertEquals(LocalDate.of(2027, 3, 1), deadline.registrationCutoff());
        assertEquals(-2, deadline.daysRemaining());
        assertEquals(DeadlineStatus.CLOSED, deadline.status());
    }

    @Test
    void aTypeWithoutRegistrationRuleHasNoCutoff() {
        Deadline deadline = on(LocalDate.of(2027, 1, 1)).deadline("TROPICAL_INTERNSHIP", LocalDate.of(2027, 9, 1), SEEDED);

        assertNull(deadline.registrationCutoff());
        assertNull(deadline.ruleId());
        assertNull(deadline.daysRemaining());
        assertNull(deadline.advisoryDate());
        assertEquals(DeadlineStatus.NO_CUTOFF, deadline.status());
    }

    @Test
    void todayIsTheDateInAmsterdamNotInUtc() {
        // 23:30 UTC on 27 February is already 28 February in Amsterdam (UTC+1 in winter).
        Clock lateEvening = Clock.fixed(Instant.parse("2027-02-27T23:30:00Z"), AMSTERDAM);
        Deadline deadline = new DeadlineCalculator(lateEvening)
                .deadline("RESEARCH_INTERNSHIP", LocalDate.of(2027, 8, 31), SEEDED);

        assertEquals(LocalDate.of(2027, 2, 28), deadline.today());
        assertEquals(0, deadline.daysRemaining());
    }

    @Test
    void theRuleValidOnTheRegistrationDayApplies() {
        LocalDate change = LocalDate.of(2027, 1, 1);
        List<RuleTerms> versions = List.of(
                new RuleTerms(10, "GP_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(4), RULES_FROM,
                        change.minusDays(1)),
                new RuleTerms(11, "GP_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(5), change, null));
        DeadlineCalculator calculator = on(LocalDate.of(2027, 3, 1));
        LocalDate departure = LocalDate.of(2027, 10, 1);

        Deadline before = calculator.deadline("GP_CLERKSHIP", departure, versions, change.minusDays(1));
        Deadline after = calculator.deadline("GP_CLERKSHIP", departure, versions, change);

        assertEquals(10L, before.ruleId());
        assertEquals(LocalDate.of(2027, 6, 1), before.registrationCutoff());
        assertEquals(11L, after.ruleId());
        assertEquals(LocalDate.of(2027, 5, 1), after.registrationCutoff());
    }

    @Test
    void aRuleIsValidThroughBothEndsOfItsWindow() {
        RuleTerms rule = new RuleTerms(1, "GP_CLERKSHIP", RuleKind.REGISTRATION, Period.ofMonths(4),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertFalse(rule.validOn(LocalDate.of(2026, 12, 31)));
        assertTrue(rule.validOn(LocalDate.of(2027, 1, 1)));
        assertTrue(rule.validOn(LocalDate.of(2027, 12, 31)));
        assertFalse(rule.validOn(LocalDate.of(2028, 1, 1)));
    }

    @Test
    void windowsThatShareADayOverlap() {
        LocalDate jan1 = LocalDate.of(2027, 1, 1);
        LocalDate dec31 = LocalDate.of(2027, 12, 31);
        assertTrue(RuleTerms.windowsOverlap(jan1, dec31, dec31, null));
        assertFalse(RuleTerms.windowsOverlap(jan1, dec31, dec31.plusDays(1), null));
        assertTrue(RuleTerms.windowsOverlap(jan1, null, LocalDate.of(2030, 1, 1), null));
        assertFalse(RuleTerms.windowsOverlap(LocalDate.of(2030, 1, 1), null, jan1, dec31));
    }
}
