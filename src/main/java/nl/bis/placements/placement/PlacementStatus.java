package nl.bis.placements.placement;

public enum PlacementStatus {
    REGISTERED,
    INTAKE_SCHEDULED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    ABROAD,
    RETURNED,
    COMPLETED;

    /** Rejected and withdrawn placements no longer hold the student's dates. */
    public boolean isActive() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
