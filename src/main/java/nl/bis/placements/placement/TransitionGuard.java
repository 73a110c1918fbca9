package nl.bis.placements.placement;

/**
 * A condition another feature puts on a status change (for example: ready to depart before ABROAD). It refuses by
 * throwing a problem; implementations are found by CDI, so this feature does not depend on theirs.
 */
public interface TransitionGuard {

    void check(PlacementEntity placement, PlacementStatus to);
}
