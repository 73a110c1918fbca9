package nl.bis.placements.deadline;

import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.placementtype.PlacementTypeService;
import org.jboss.logging.Logger;

/**
 * The rules in force as the public calculator answers from them: one immutable {@link RuleSnapshot}, read without
 * touching the database (so the calculator answers on the I/O thread). It is loaded at start-up and replaced as a
 * whole after every committed change of a rule: on every instance by {@link RuleListener}, which PostgreSQL notifies
 * at commit (V18), and on the instance that made the change also before that change is answered. While the listener
 * is away the last snapshot keeps answering, and it is loaded again as soon as the listener is back. Registrations
 * never read this copy: they are judged by the rules in the database inside their own transaction.
 */
@ApplicationScoped
public class RulesInForce {

    private static final Logger LOG = Logger.getLogger(RulesInForce.class);
    /** How long a change made through this instance waits after its commit for the snapshot to hold it. */
    private static final Duration OWN_CHANGE_WAIT = Duration.ofSeconds(2);

    @Inject
    PlacementTypeService placementTypes;

    /** Numbers the loads in the order they began, so that one that began earlier never replaces a later one. */
    private final AtomicLong loadsBegun = new AtomicLong();
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("deadline-rules-after-commit").daemon().factory());
    private volatile Loaded loaded;

    private record Loaded(RuleSnapshot snapshot, long load) {
    }

    /** The current snapshot; no database access. */
    public RuleSnapshot snapshot() {
        Loaded current = loaded;
        if (current == null) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                    "The deadline rules are still being loaded. Retry in a few seconds.");
        }
        return current.snapshot();
    }

    /** Reads the rules in force and the placement types in a transaction of its own, and replaces the snapshot. */
    void reload() {
        long load = loadsBegun.incrementAndGet();
        RuleSnapshot snapshot = QuarkusTransaction.requiringNew().call(() -> RuleSnapshot.of(placementTypes.codes(),
                DeadlineRuleEntity.inForce().stream().map(DeadlineRuleEntity::terms).toList()));
        synchronized (this) {
            if (loaded == null || loaded.load() < load) {
                loaded = new Loaded(snapshot, load);
            }
        }
    }

    /**
     * A rule changed through this instance is answered by the next calculation: once the change is committed (never
     * before, so that no request can load the old rules again in between), the snapshot is loaded again before the
     * change is answered. The load runs on a thread of its own, outside the transaction that has just ended. Other
     * instances learn of the change from its notification.
     */
    void loadOwnChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        try {
            afterCommit.submit(this::reload).get(OWN_CHANGE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("The deadline rules could not be loaded after a change (%s); the rule listener loads them "
                    + "once the database answers", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }

    /**
     * The lead time of a rule that judged a registration. Its terms are fixed once applied (see
     * DeadlineRuleService#replace), so this copy never goes stale.
     */
    @CacheResult(cacheName = "applied-lead-times")
    @Transactional(Transactional.TxType.SUPPORTS)
    public String appliedLeadTime(long ruleId) {
        DeadlineRuleEntity rule = DeadlineRuleEntity.findById(ruleId);
        return rule == null ? null : rule.leadTime;
    }
}
