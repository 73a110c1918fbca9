package nl.bis.placements.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.bis.placements.placement.DetailsObserver;
import nl.bis.placements.placement.PlacementEntity;

/** Gives a placement the checklist items that apply to it when it is registered and whenever its details change. */
@ApplicationScoped
public class ChecklistFollower implements DetailsObserver {

    @Inject
    ChecklistItems items;

    @Override
    public void detailsSet(PlacementEntity placement) {
        items.recompute(placement);
    }
}
