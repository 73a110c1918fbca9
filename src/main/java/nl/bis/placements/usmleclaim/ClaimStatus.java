package nl.bis.placements.usmleclaim;

/** Where a claim stands; see {@link UsmleClaimLifecycle} for the moves between them. */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    PAID,
    WITHDRAWN
}
