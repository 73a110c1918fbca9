package nl.bis.placements.progresstest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.bis.placements.placement.DetailsObserver;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementStatus;

/** A placement's progress-test conflicts follow its registration, its dates and its status, in its transaction. */
@ApplicationScoped
public class ConflictFollower implements DetailsObserver {

    @Inject
    Conflicts conflicts;

    @Override
    public void detailsSet(PlacementEntity placement) {
        conflicts.follow(placement, "the placement's dates changed");
    }

    @Override
    public void statusChanged(PlacementEntity placement, PlacementStatus from, String reason) {
        conflicts.follow(placement, "the placement is " + placement.status);
    }
}
