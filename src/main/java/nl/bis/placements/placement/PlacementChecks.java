package nl.bis.placements.placement;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The faculty's rules on a placement's dates, duration and consent, in plain Java. */
public final class PlacementChecks {

    static final int AGE_OF_CONSENT = 18;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PlacementChecks() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** Whole weeks from departure to return (a week is counted once all its seven days have passed). */
    public static int durationWeeks(LocalDate departure, LocalDate returnDate) {
        return Math.toIntExact(ChronoUnit.DAYS.between(departure, returnDate) / 7);
    }

    /**
     * Why the duration breaks the type's rule ("Een tropenstage duurt 8 weken. Een disciplinegebonden keuzecoschap
     * duurt minimaal 6 weken."), or empty when it keeps it.
     */
    public static Optional<String> durationProblem(String typeName, Integer minWeeks, Integer maxWeeks,
                                                   LocalDate departure, LocalDate returnDate) {
        int weeks = durationWeeks(departure, returnDate);
        long days = ChronoUnit.DAYS.between(departure, returnDate);
        String actual = " This one is " + weeks + " whole weeks (" + days + " days from departure to return).";
        if (minWeeks != null && maxWeeks != null && minWeeks.equals(maxWeeks) && weeks != minWeeks) {
            return Optional.of("A " + typeName + " lasts exactly " + minWeeks + " weeks." + actual);
        }
        if (minWeeks != null && weeks < minWeeks) {
            return Optional.of("A " + typeName + " lasts at least " + minWeeks + " weeks." + actual);
        }
        if (maxWeeks != null && weeks > maxWeeks) {
            return Optional.of("A " + typeName + " lasts at most " + maxWeeks + " weeks." + actual);
        }
        return Optional.empty();
    }

    /** A student under 18 on the departure date needs parental consent (the vocational schools' rule). */
    public static boolean needsParentalConsent(LocalDate birthDate, LocalDate departure) {
        return birthDate != null && Period.between(birthDate, departure).getYears() < AGE_OF_CONSENT;
    }
}
