package nl.bis.placements.progresstest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.bis.placements.placement.PlacementStatus;

/**
 * The progress-test rules in plain Java: which test dates conflict with a placement, how a placement's stored
 * conflicts follow from that, and the exemption state machine.
 *
 * <p>The faculty's text: "Wanneer je tijdens een voortgangstoets in het buitenland bent voor een van je stages kun je
 * hiervoor ontheffing aanvragen. Dit doe je door een mail te sturen naar studentenbalie..." A student is abroad on a
 * test date when it lies in the period of an active placement, departure and return day included.
 *
 * <pre>
 * REQUESTED -> GRANTED              the student desk (staff)
 * REQUESTED -> REFUSED              the student desk, with a reason
 * </pre>
 *
 * A decision is final. A refused exemption no longer counts, so the student may ask again.
 */
public final class ProgressTestRules {

    /** The state of an exemption. */
    public enum ExemptionState {
        REQUESTED,
        GRANTED,
        REFUSED
    }

    /** What a placement's stored conflicts need: tests to start (or start again) and tests to end. */
    public record ConflictChanges(Set<Long> start, Set<Long> end) {

        public boolean isEmpty() {
            return start.isEmpty() && end.isEmpty();
        }
    }

    /** The statuses of a placement that may still take the student abroad. */
    private static final Set<PlacementStatus> ACTIVE = EnumSet.of(PlacementStatus.REGISTERED,
            PlacementStatus.INTAKE_SCHEDULED, PlacementStatus.APPROVED, PlacementStatus.ABROAD);

    private ProgressTestRules() {
    }

    public static Set<PlacementStatus> activeStatuses() {
        return EnumSet.copyOf(ACTIVE);
    }

    /** Whether a test on {@code testDate} conflicts with a placement of that status and period (both ends included). */
    public static boolean conflicts(LocalDate testDate, PlacementStatus status, LocalDate departure,
                                    LocalDate returnDate) {
        return ACTIVE.contains(status) && !testDate.isBefore(departure) && !testDate.isAfter(returnDate);
    }

    /** The ids of the tests (id to date) that conflict with a placement of that status and period. */
    public static Set<Long> conflicting(Map<Long, LocalDate> tests, PlacementStatus status, LocalDate departure,
                                        LocalDate returnDate) {
        Set<Long> ids = new TreeSet<>();
        tests.forEach((id, date) -> {
            if (conflicts(date, status, departure, returnDate)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * How stored conflicts follow the ones that should be there: every wanted test whose conflict is missing or ended
     * starts, every active conflict no longer wanted ends. {@code stored} maps test ids to whether their conflict is
     * active.
     */
    public static ConflictChanges changes(Collection<Long> wanted, Map<Long, Boolean> stored) {
        Set<Long> start = new TreeSet<>();
        for (Long test : wanted) {
            if (!Boolean.TRUE.equals(stored.get(test))) {
                start.add(test);
            }
        }
        Set<Long> end = new TreeSet<>();
        stored.forEach((test, active) -> {
            if (active && !wanted.contains(test)) {
                end.add(test);
            }
        });
        return new ConflictChanges(start, end);
    }

    /** Whether the exemption still blocks a new request for its conflict: asked or granted. */
    public static boolean counts(ExemptionState state) {
        return state != ExemptionState.REFUSED;
    }

    /** Whether the student desk may still decide it. */
    public static boolean isOpen(ExemptionState state) {
        return state == ExemptionState.REQUESTED;
    }

    /** Whether {@code to} is a decision: GRANTED or REFUSED. */
    public static boolean isDecision(ExemptionState to) {
        return to != ExemptionState.REQUESTED;
    }

    /** Whether the decision needs a reason: a refusal does. */
    public static boolean needsReason(ExemptionState to) {
        return to == ExemptionState.REFUSED;
    }
}
