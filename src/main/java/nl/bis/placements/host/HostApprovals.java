package nl.bis.placements.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.host.HostRules.Decision;
import nl.bis.placements.host.HostRules.Status;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;
import nl.bis.placements.placement.PlacementQueries;
import nl.bis.placements.placement.PlacementStatus;

/**
 * The clerkship coordinator's approval of the hosts students found themselves: which placements wait for it, the
 * decision, and the register it feeds. A placement's approval follows its host: it is looked at when the placement is
 * registered and whenever its type, destination or host change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HostApprovals {

    /** Placements whose host can still change or matter: not called off, not back yet. */
    private static final Set<PlacementStatus> FOLLOWED = EnumSet.of(PlacementStatus.REGISTERED,
            PlacementStatus.INTAKE_SCHEDULED, PlacementStatus.APPROVED, PlacementStatus.ABROAD);

    /** A placement and the approval of its host now: none when its host needs none. */
    public record View(PlacementEntity placement, HostApprovalEntity approval) {
    }

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementQueries placements;

    @Inject
    PlacementChanges changes;

    @Inject
    HostRegister register;

    public View of(long placementId) {
        PlacementEntity placement = placements.get(placementId);
        return new View(placement, HostApprovalEntity.currentOf(placementId).orElse(null));
    }

    /** Where the placement's host stands, for readiness: NOT_NEEDED when no approval is current. */
    public Optional<Status> statusOf(PlacementEntity placement) {
        return HostApprovalEntity.currentOf(placement.id).map(a -> a.status);
    }

    /**
     * Makes the approval for the placement's host now the current one: none when the register lists the host for the
     * type (or the type needs no approval), the earlier one for the same host with its decision, or a new pending
     * one. Called in the transaction that registered or changed the placement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void follow(PlacementEntity placement) {
        if (!FOLLOWED.contains(placement.status)) {
            return;
        }
        String key = HostRules.key(placement.hostInstitution);
        boolean needed = HostRules.needsApproval(placement.placementType,
                HostEntity.approvedFor(key, placement.countryCode, placement.placementType));
        List<HostApprovalEntity> earlier = HostApprovalEntity.allOf(placement.id);
        HostApprovalEntity target = !needed ? null : earlier.stream()
                .filter(a -> a.hostKey.equals(key) && a.countryCode.equals(placement.countryCode)
                        && a.placementType.equals(placement.placementType))
                .reduce((first, second) -> second).orElse(null);
        for (HostApprovalEntity approval : earlier) {
            if (approval.current && approval != target) {
                approval.current = false;
                audit.updated(approval);
            }
        }
        // The old one leaves "current" before the new one takes it: one current approval per placement (an index).
        HostApprovalEntity.flush();
        if (target == null && needed) {
            target = new HostApprovalEntity();
            target.placementId = placement.id;
            target.hostKey = key;
            target.countryCode = placement.countryCode;
            target.placementType = placement.placementType;
            target.status = Status.PENDING;
            audit.created(target);
        } else if (target != null) {
            audit.updated(target);
        }
        if (target != null) {
            target.current = true;
            target.hostName = placement.hostInstitution.strip();
            target.city = placement.city;
            target.persist();
        }
    }

    /**
     * The coordinator decides on a pending approval. Approved, the host joins the register for the type (with the
     * contact details given), and other placements waiting for the same host and type no longer wait.
     */
    @Transactional
    public View decide(long approvalId, Decision decision, String reason, HostRegister.Contact contact) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && HostRules.reasonRequired(decision)) {
            throw ApiException.invalid("reason", "is required when the host is refused");
        }
        HostApprovalEntity approval = HostApprovalEntity.<HostApprovalEntity>findByIdOptional(approvalId)
                .orElseThrow(() -> ApiException.notFound("Host approval " + approvalId));
        // The placement first, as its status changes do: a decision and an approval of the placement are serialised.
        long placementId = approval.placementId;
        PlacementEntity placement = placements.lockedForChange(placementId);
        HostApprovalEntity.getEntityManager().refresh(approval, LockModeType.PESSIMISTIC_WRITE);
        if (!approval.current || !HostRules.decidable(approval.status)) {
            throw new ApiException(ProblemType.HOST_APPROVAL_CLOSED.problem(!approval.current
                    ? "Placement " + placementId + " is no longer at " + approval.hostName
                            + "; this approval is not in force."
                    : "The host of placement " + placementId + " was already " + approval.status + " by "
                            + approval.decidedBy + ".")
                    .with("approvalStatus", approval.status.name()));
        }
        Status from = approval.status;
        approval.status = HostRules.after(decision);
        approval.reason = why;
        approval.decidedBy = currentUser.name();
        approval.decidedAt = Instants.now(clock);
        audit.updated(approval);
        if (decision == Decision.APPROVED) {
            HostEntity host = register.admit(approval.hostName, approval.city, approval.countryCode,
                    approval.placementType, contact);
            approval.hostId = host.id;
            for (HostApprovalEntity waiting : HostApprovalEntity.pendingAtUnlessBusy(approval.hostKey, approval.countryCode,
                    approval.placementType)) {
                if (waiting != approval) {
                    waiting.current = false;
                    audit.updated(waiting);
                }
            }
        }
        changes.recordFor(placement, Action.HOST_APPROVAL_DECIDED, why,
                List.of(new FieldChange("hostApproval", "\"" + from + "\"", "\"" + approval.status + "\"")));
        HostApprovalEntity.flush();
        return new View(placement, approval);
    }
}
