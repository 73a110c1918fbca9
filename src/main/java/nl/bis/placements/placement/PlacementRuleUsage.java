package nl.bis.placements.placement;

import jakarta.enterprise.context.ApplicationScoped;
import nl.bis.placements.deadline.RuleUsage;

/** Tells the deadline feature whether a rule decided a registration (then it is retired, never deleted). */
@ApplicationScoped
public class PlacementRuleUsage implements RuleUsage {

    @Override
    public boolean isApplied(long ruleId) {
        return PlacementEntity.anyJudgedBy(ruleId);
    }
}
