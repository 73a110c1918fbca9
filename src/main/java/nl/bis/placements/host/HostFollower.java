package nl.bis.placements.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.bis.placements.placement.DetailsObserver;
import nl.bis.placements.placement.PlacementEntity;

/** Looks again at whether a placement's host needs approval when it is registered and whenever its details change. */
@ApplicationScoped
public class HostFollower implements DetailsObserver {

    @Inject
    HostApprovals approvals;

    @Override
    public void detailsSet(PlacementEntity placement) {
        approvals.follow(placement);
    }
}
