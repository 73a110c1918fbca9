package nl.bis.placements.progresstest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;

/**
 * Keeps each placement's stored conflicts equal to what {@link ProgressTestRules} says they are, writing a history
 * entry (and so a change-feed entry) for each that starts or ends, in the caller's transaction.
 *
 * <p>Concurrency, on any number of instances: a change of the test dates and a change of a placement must not each
 * miss the other (a date moved into a period while that period moves onto the date). They are serialised by a
 * PostgreSQL advisory lock held to the end of the transaction: shared by placement changes (which then do not wait for
 * each other), exclusive for a change of the tests. Whichever comes second reads what the first committed. A test
 * change locks the placements it will touch before it takes the exclusive lock, in id order, because a placement
 * change holds its placement's row before it asks for the shared lock; the other way round both would wait forever.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Conflicts {

    /** The advisory lock of the progress-test calendar (an arbitrary number no other lock in this database uses). */
    private static final long CALENDAR_LOCK = 0x5647_5400_0000_0001L;

    @Inject
    Clock clock;

    @Inject
    PlacementChanges changes;

    /** A placement was registered, changed or moved to another status: its conflicts follow. */
    public void follow(PlacementEntity placement, String cause) {
        lock("pg_advisory_xact_lock_shared");
        recompute(placement, cause);
    }

    /**
     * Before a change of the tests: locks the placements whose conflicts the change may touch (those with an active
     * conflict of the test and the active ones whose period contains one of the dates), then the calendar.
     */
    void lockForTestChange(Long progressTestId, Collection<LocalDate> dates) {
        lockPlacements(affected(progressTestId, dates));
        lock("pg_advisory_xact_lock");
    }

    /**
     * After a change of the tests (flushed), with the calendar locked: recomputes the placements it touches. A
     * placement changed and committed while this transaction waited for the calendar is among them, read afresh.
     */
    void afterTestChange(Long progressTestId, Collection<LocalDate> dates, String cause) {
        List<Long> ids = affected(progressTestId, dates);
        for (PlacementEntity placement : lockPlacements(ids)) {
            recompute(placement, cause);
        }
    }

    /** Ends the conflicts of a test that is being deleted. */
    void endAllOf(ProgressTestEntity test) {
        for (PlacementEntity placement : lockPlacements(ConflictEntity.placementsWithActive(test.id))) {
            for (ConflictEntity conflict : ConflictEntity.ofPlacement(placement.id)) {
                if (conflict.active && conflict.progressTest.id.equals(test.id)) {
                    end(conflict, "the test was deleted");
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void recompute(PlacementEntity placement, String cause) {
        Map<Long, LocalDate> tests = new LinkedHashMap<>();
        if (ProgressTestRules.activeStatuses().contains(placement.status)) {
            for (ProgressTestEntity test : ProgressTestEntity.between(placement.departureDate, placement.returnDate)) {
                tests.put(test.id, test.testDate);
            }
        }
        Map<Long, ConflictEntity> stored = new HashMap<>();
        Map<Long, Boolean> activeByTest = new HashMap<>();
        for (ConflictEntity conflict : ConflictEntity.ofPlacement(placement.id)) {
            stored.put(conflict.progressTest.id, conflict);
            activeByTest.put(conflict.progressTest.id, conflict.active);
        }
        ProgressTestRules.ConflictChanges due = ProgressTestRules.changes(
                ProgressTestRules.conflicting(tests, placement.status, placement.departureDate, placement.returnDate),
                activeByTest);
        for (Long testId : due.start()) {
            ConflictEntity conflict = stored.get(testId);
            if (conflict == null) {
                conflict = new ConflictEntity();
                conflict.placement = placement;
                conflict.progressTest = ProgressTestEntity.findById(testId);
                conflict.testDate = tests.get(testId);
                conflict.active = true;
                conflict.startedAt = Instants.now(clock);
                conflict.persist();
            } else {
                conflict.testDate = tests.get(testId);
                conflict.active = true;
                conflict.startedAt = Instants.now(clock);
                conflict.endedAt = null;
            }
            changes.recordFor(placement, Action.PROGRESS_TEST_CONFLICT,
                    "The progress test of " + conflict.testDate + " falls during the placement", List.of());
        }
        for (Long testId : due.end()) {
            end(stored.get(testId), cause);
        }
        // A test moved within the period: still the same conflict, now on the new date.
        stored.values().stream().filter(c -> c.active && tests.containsKey(c.progressTest.id))
                .forEach(c -> c.testDate = tests.get(c.progressTest.id));
    }

    private void end(ConflictEntity conflict, String cause) {
        conflict.active = false;
        conflict.endedAt = Instants.now(clock);
        changes.recordFor(conflict.placement, Action.PROGRESS_TEST_CONFLICT_ENDED, "The progress test of "
                + conflict.testDate + " no longer falls during the placement: " + cause, List.of());
    }

    /** The placements a change of a test may touch, by id (committed state, read afresh). */
    private static List<Long> affected(Long progressTestId, Collection<LocalDate> dates) {
        TreeSet<Long> ids = new TreeSet<>();
        if (progressTestId != null) {
            ids.addAll(ConflictEntity.placementsWithActive(progressTestId));
        }
        for (LocalDate date : dates) {
            ids.addAll(PlacementEntity.find("select p.id from PlacementEntity p where p.status in ?1"
                            + " and p.departureDate <= ?2 and p.returnDate >= ?2",
                    ProgressTestRules.activeStatuses(), date).project(Long.class).list());
        }
        return List.copyOf(ids);
    }

    /** Locks placements for update, in id order (the same order in every transaction). */
    private static List<PlacementEntity> lockPlacements(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return PlacementEntity.<PlacementEntity>find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static void lock(String function) {
        Panache.getEntityManager().createNativeQuery("select 1 from " + function + "(" + CALENDAR_LOCK + ")")
                .getSingleResult();
    }
}
