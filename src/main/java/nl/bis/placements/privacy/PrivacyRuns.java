package nl.bis.placements.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.common.Instants;

/** The log of retention runs and erasures, and the lock that lets one of them run at a time across instances. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PrivacyRuns {

    /** The advisory lock key of privacy work ("PRIV" in ASCII). */
    static final long LOCK = 0x50524956L;
    static final int MAX_PAGE_SIZE = 100;
    static final String JOB = "retention-job";

    /** What a run has done so far. */
    static final class Tally {
        final PrivacyRunEntity.Kind kind;
        final String reason;
        final Instant startedAt;
        final Map<String, Integer> records = new TreeMap<>();
        final Set<Long> placements = new HashSet<>();
        int students;

        Tally(PrivacyRunEntity.Kind kind, String reason, Instant startedAt) {
            this.kind = kind;
            this.reason = reason;
            this.startedAt = startedAt;
        }

        void add(Anonymiser.Outcome outcome) {
            outcome.records().forEach((table, count) -> records.merge(table, count, Integer::sum));
            placements.addAll(outcome.placements());
            if (outcome.changedAnything()) {
                students++;
            }
        }
    }

    public record Page(List<PrivacyRunEntity> items, int page, int size, long totalItems) {
    }

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    /** Takes the privacy lock for this transaction if it is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean tryLock() {
        return (Boolean) Panache.getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK).getSingleResult();
    }

    /** Waits for the privacy lock (a running retention job) and holds it for this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lock() {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)::text")
                .setParameter("key", LOCK).getSingleResult();
    }

    Tally start(PrivacyRunEntity.Kind kind, String reason) {
        return new Tally(kind, reason, Instants.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    PrivacyRunEntity finish(Tally tally) {
        PrivacyRunEntity run = new PrivacyRunEntity();
        run.kind = tally.kind;
        run.reason = tally.reason;
        run.startedAt = tally.startedAt;
        run.finishedAt = Instants.now(clock);
        run.runBy = currentUser.name();
        run.students = tally.students;
        run.placements = tally.placements.size();
        run.records = tally.records;
        run.persist();
        return run;
    }

    /** The runs, newest first. */
    public Page page(int page, int size) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        List<PrivacyRunEntity> items = Panache.getEntityManager()
                .createQuery("from PrivacyRunEntity order by startedAt desc, id desc", PrivacyRunEntity.class)
                .setFirstResult(HqlFilter.offset(page, cappedSize)).setMaxResults(cappedSize).getResultList();
        return new Page(items, page, cappedSize, PrivacyRunEntity.count());
    }
}
