package nl.bis.placements.deadline;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The rules in force, as the public calculator reads them on every request. Kept for a few seconds
 * ({@code quarkus.cache.caffeine."rules-in-force".expire-after-write}) and dropped at once when this instance changes
 * a rule; another instance sees a change within those seconds. Registrations never read this copy: they are judged
 * by the rules in the database inside their own transaction.
 */
@ApplicationScoped
public class RulesInForce {

    static final String CACHE = "rules-in-force";

    @CacheResult(cacheName = CACHE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleTerms> all() {
        return DeadlineRuleEntity.inForce().stream().map(DeadlineRuleEntity::terms).toList();
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

    @CacheInvalidateAll(cacheName = CACHE)
    public void forget() {
        // the annotation does the work
    }
}
