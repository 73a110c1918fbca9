package nl.bis.placements.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The deadline rules in plain Java: values and a clock in, values out.
 *
 * <p>{@code cutoff = departure - leadTime} in calendar months, clamped to the last day of a shorter month
 * (2027-08-31 - P6M = 2027-02-28). "Today" is the date of the clock in its
 * zone (Europe/Amsterdam by configuration). A registration on the cutoff day is on time.
 */
public final class DeadlineCalculator {

    public static final int CLOSING_SOON_DAYS = 14;

    private final Clock clock;

    public DeadlineCalculator(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Days are taken off before months (the reverse of {@link LocalDate#plus}), so that the cutoff plus the lead time
     * never lands after the departure: 2020-03-01 - P1M2D = 2020-01-28, not 2020-01-30 (which plus P1M2D is 2020-03-02).
     */
    public static LocalDate cutoff(LocalDate departure, Period leadTime) {
        return departure.minusDays(leadTime.getDays()).minusMonths(leadTime.toTotalMonths());
    }

    public static boolean onTime(LocalDate registeredOn, LocalDate cutoff) {
        return !registeredOn.isAfter(cutoff);
    }

    public static DeadlineStatus status(LocalDate cutoff, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, cutoff);
        if (daysLeft < 0) {
            return DeadlineStatus.CLOSED;
        }
        return daysLeft <= CLOSING_SOON_DAYS ? DeadlineStatus.CLOSING_SOON : DeadlineStatus.OPEN;
    }

    /**
     * The rule of a type and kind valid on a day. Windows of one type and kind never overlap; should data ever
     * disagree, the most recently started window wins.
     */
    public static Optional<RuleTerms> applicable(Collection<RuleTerms> rules, String placementType, RuleKind kind,
                                                 LocalDate on) {
        return rules.stream()
                .filter(r -> r.placementType().equals(placementType) && r.kind() == kind && r.validOn(on))
                .max(Comparator.comparing(RuleTerms::validFrom));
    }

    /** The deadlines for a registration made today (the what-if calculator). */
    public Deadline deadline(String placementType, LocalDate departure, Collection<RuleTerms> rules) {
        return deadline(placementType, departure, rules, today());
    }

    /** The deadlines for a registration made on {@code registeredOn}, judged by the rules valid that day. */
    public Deadline deadline(String placementType, LocalDate departure, Collection<RuleTerms> rules,
                             LocalDate registeredOn) {
        LocalDate today = today();
        Optional<RuleTerms> registration = applicable(rules, placementType, RuleKind.REGISTRATION, registeredOn);
        Optional<RuleTerms> advisory = applicable(rules, placementType, RuleKind.ADVISORY, registeredOn);
        LocalDate cutoff = registration.map(r -> cutoff(departure, r.leadTime())).orElse(null);
        return new Deadline(placementType, departure, today,
                cutoff,
                registration.map(RuleTerms::id).orElse(null),
                registration.map(RuleTerms::leadTime).orElse(null),
                advisory.map(r -> cutoff(departure, r.leadTime())).orElse(null),
                advisory.map(RuleTerms::id).orElse(null),
                cutoff == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(today, cutoff)),
                cutoff == null ? DeadlineStatus.NO_CUTOFF : status(cutoff, today));
    }
}
