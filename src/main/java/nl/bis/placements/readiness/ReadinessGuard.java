package nl.bis.placements.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.placement.TransitionGuard;

/**
 * No departure before every departure requirement is met or waived and every blocking checklist item for departure is
 * settled; no completion before the return ones are. One refusal names both what is unmet and what is unsettled.
 */
@ApplicationScoped
public class ReadinessGuard implements TransitionGuard {

    @Inject
    ReadinessService readiness;

    @Override
    public void check(PlacementEntity placement, PlacementStatus to) {
        if (to != PlacementStatus.ABROAD && to != PlacementStatus.COMPLETED) {
            return;
        }
        ReadinessService.View view = readiness.gate(placement);
        boolean ready = to == PlacementStatus.ABROAD ? view.readyToDepart() : view.readyToComplete();
        if (!ready) {
            List<ReadinessCheck.Code> unmet = view.result().unmet(to == PlacementStatus.ABROAD
                    ? ReadinessCheck.BEFORE_DEPARTURE : ReadinessCheck.AFTER_RETURN);
            List<String> items = view.unsettled(to);
            List<String> missing = new ArrayList<>();
            if (!unmet.isEmpty()) {
                missing.add("these requirements are unmet: " + unmet);
            }
            if (!items.isEmpty()) {
                missing.add("these checklist items are not settled: " + items);
            }
            throw new ApiException(ProblemType.NOT_READY.problem(
                    "Placement " + placement.id + " cannot become " + to + " while " + String.join(" and ", missing)
                            + ". See GET /api/v1/placements/" + placement.id + "/readiness.")
                    .with("unmetRequirements", unmet.stream().map(Enum::name).toList())
                    .with("unmetChecklistItems", items));
        }
    }
}
