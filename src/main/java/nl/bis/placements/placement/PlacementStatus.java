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

    /** Whether the intake is behind the placement and it was approved: it goes, or went, ahead. */
    public boolean approvedOrLater() {
        return switch (this) {
            case APPROVED, ABROAD, RETURNED, COMPLETED -> true;
            case REGISTERED, INTAKE_SCHEDULED, REJECTED, WITHDRAWN -> false;
        };
    }
}
