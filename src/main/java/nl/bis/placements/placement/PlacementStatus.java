package nl.bis.placements.placement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
    static final Set<PlacementStatus> INACTIVE = Collections.unmodifiableSet(EnumSet.of(REJECTED, WITHDRAWN));
}
