package nl.bis.placements.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** What the calculator needs of a deadline rule: its type, kind, lead time and validity window. */
public record RuleTerms(long id, String placementType, RuleKind kind, Period leadTime, LocalDate validFrom,
                        LocalDate validUntil) {

    public RuleTerms {
        Objects.requireNonNull(placementType);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(leadTime);
        Objects.requireNonNull(validFrom);
    }

    /** Valid on a day: from {@code validFrom} through {@code validUntil}, both inclusive. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether the two validity windows share at least one day. */
    public static boolean windowsOverlap(LocalDate fromA, LocalDate untilA, LocalDate fromB, LocalDate untilB) {
        boolean aEndsBeforeB = untilA != null && untilA.isBefore(fromB);
        boolean bEndsBeforeA = untilB != null && untilB.isBefore(fromA);
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
