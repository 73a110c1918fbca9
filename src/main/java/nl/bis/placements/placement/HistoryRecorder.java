package nl.bis.placements.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;

/** Who changed a placement, when and how: its history entries, written in the caller's transaction. */
@ApplicationScoped
class HistoryRecorder {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    void record(PlacementEntity placement, Action action, PlacementStatus from, PlacementStatus to,
                String reason, List<FieldChange> changes) {
        PlacementHistoryEntity entry = new PlacementHistoryEntity();
        entry.placementId = placement.id;
        entry.changedAt = Instants.now(clock);
        entry.changedBy = currentUser.name();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.status = placement.status;
        entry.reason = reason;
        entry.changes = changes;
        entry.persist();
    }
}
