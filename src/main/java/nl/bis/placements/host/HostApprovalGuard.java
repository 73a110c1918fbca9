package nl.bis.placements.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.host.HostRules.Status;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.placement.TransitionGuard;

/** No approval of a placement whose self-found host the clerkship coordinator has not approved. */
@ApplicationScoped
public class HostApprovalGuard implements TransitionGuard {

    @Inject
    HostApprovals approvals;

    @Override
    public void check(PlacementEntity placement, PlacementStatus to) {
        if (to != PlacementStatus.APPROVED) {
            return;
        }
        approvals.statusOf(placement).filter(status -> status != Status.APPROVED).ifPresent(status -> {
            HostApprovalEntity approval = HostApprovalEntity.currentOf(placement.id).orElseThrow();
            throw new ApiException(ProblemType.HOST_NOT_APPROVED.problem("Placement " + placement.id + " at "
                            + approval.hostName + " cannot be approved: the host is not in the register for "
                            + placement.placementType + " and the clerkship coordinator "
                            + (status == Status.REFUSED ? "refused it" : "has not approved it yet")
                            + ". See GET /api/v1/placements/" + placement.id + "/host-approval.")
                    .with("hostApprovalId", approval.id)
                    .with("hostApproval", status.name()));
        });
    }
}
