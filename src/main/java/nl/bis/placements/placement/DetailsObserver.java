package nl.bis.placements.placement;

/**
 * Another feature that follows the details of placements (type, destination, dates, the student's birth date), such
 * as the checklists, and if it needs to, their status. It is told when a placement is registered (also through KL-app) and whenever its details
 * changed, in the same transaction, so it can refuse by throwing and nothing is written. Implementations are found by
 * CDI, so this feature does not depend on theirs.
 */
public interface DetailsObserver {

    void detailsSet(PlacementEntity placement);

    /** The placement was just registered (by the student, staff or KL-app); called after {@link #detailsSet}. */
    default void registered(PlacementEntity placement) {
    }

    /**
     * The placement's status changed from {@code from} (already recorded in its history), with the reason given
     * (null: none).
     */
    default void statusChanged(PlacementEntity placement, PlacementStatus from, String reason) {
    }
}
