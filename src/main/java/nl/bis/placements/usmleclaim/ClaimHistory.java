package nl.bis.placements.usmleclaim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.usmleclaim.UsmleClaimHistoryEntity.Action;
import nl.bis.placements.usmleclaim.UsmleClaimHistoryEntity.FieldChange;

/** Who changed a claim, when and how: its history entries, written in the caller's transaction. */
@ApplicationScoped
class ClaimHistory {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    void record(UsmleClaimEntity claim, Action action, ClaimStatus from, String reason, List<FieldChange> changes) {
        UsmleClaimHistoryEntity entry = new UsmleClaimHistoryEntity();
        entry.usmleClaimId = claim.id;
        entry.changedAt = Instants.now(clock);
        entry.changedBy = currentUser.name();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = from == null ? null : claim.status;
        entry.status = claim.status;
        entry.reason = reason;
        entry.changes = changes;
        entry.persist();
    }
}
