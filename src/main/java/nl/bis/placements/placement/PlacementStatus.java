package nl.bis.placements.placement;

public enum PlacementStatus {
    REGISTERED,
    INTAKE_SCHEDULED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    ABROAD,
    RETURNED,
    COMPLETED
}
