package nl.bis.placements.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.placement.TransitionGuard;

/** No departure before every departure requirement is met or waived; no completion before the return ones are. */
@ApplicationScoped
public class ReadinessGuard implements TransitionGuard {

    @Inject
    ReadinessService readiness;

    @Override
    public void check(PlacementEntity placement, PlacementStatus to) {
        if (to != PlacementStatus.ABROAD && to != PlacementStatus.COMPLETED) {
            return;
        }
        ReadinessCheck.Result result = readiness.evaluate(placement);
        boolean ready = to == PlacementStatus.ABROAD ? result.readyToDepart() : result.readyToComplete();
        if (!ready) {
            List<ReadinessCheck.Code> unmet = result.unmet(to == PlacementStatus.ABROAD
                    ? ReadinessCheck.BEFORE_DEPARTURE : ReadinessCheck.AFTER_RETURN);
            throw new ApiException(ProblemType.NOT_READY.problem(
                    "Placement " + placement.id + " cannot become " + to + " while these requirements are unmet: "
                            + unmet + ". See GET /api/v1/placements/" + placement.id + "/readiness.")
                    .with("unmetRequirements", unmet.stream().map(Enum::name).toList()));
        }
    }
}
