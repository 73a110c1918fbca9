package nl.bis.placements.placement;

import static nl.bis.placements.placement.PlacementLifecycle.Actor.COORDINATOR;
import static nl.bis.placements.placement.PlacementLifecycle.Actor.OWNER_STUDENT;
import static nl.bis.placements.placement.PlacementLifecycle.Actor.STAFF;
import static nl.bis.placements.placement.PlacementStatus.ABROAD;
import static nl.bis.placements.placement.PlacementStatus.APPROVED;
import static nl.bis.placements.placement.PlacementStatus.COMPLETED;
import static nl.bis.placements.placement.PlacementStatus.INTAKE_SCHEDULED;
import static nl.bis.placements.placement.PlacementStatus.REGISTERED;
import static nl.bis.placements.placement.PlacementStatus.REJECTED;
import static nl.bis.placements.placement.PlacementStatus.RETURNED;
import static nl.bis.placements.placement.PlacementStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlacementLifecycleTest {

    @Test
    void theHappyPathRunsFromRegistrationToCompletion() {
        assertTrue(PlacementLifecycle.isLegal(REGISTERED, INTAKE_SCHEDULED));
        assertTrue(PlacementLifecycle.isLegal(INTAKE_SCHEDULED, APPROVED));
        assertTrue(PlacementLifecycle.isLegal(APPROVED, ABROAD));
        assertTrue(PlacementLifecycle.isLegal(ABROAD, RETURNED));
        assertTrue(PlacementLifecycle.isLegal(RETURNED, COMPLETED));
    }

    /** The happy path after approval, without the ways out of it: where KL-app may no longer change the arrangement. */
    @Test
    void approvedOrLaterIsTheHappyPathFromApproval() {
        Set<PlacementStatus> approvedOrLater = EnumSet.noneOf(PlacementStatus.class);
        for (PlacementStatus status : PlacementStatus.values()) {
            if (status.approvedOrLater()) {
                approvedOrLater.add(status);
            }
        }
        assertEquals(EnumSet.of(APPROVED, ABROAD, RETURNED, COMPLETED), approvedOrLater);
    }

    @Test
    void theNextStatesAreExactlyThoseOfTheRules() {
        assertEquals(EnumSet.of(INTAKE_SCHEDULED, WITHDRAWN), PlacementLifecycle.next(REGISTERED));
        assertEquals(EnumSet.of(APPROVED, REJECTED, WITHDRAWN), PlacementLifecycle.next(INTAKE_SCHEDULED));
        assertEquals(EnumSet.of(ABROAD, WITHDRAWN), PlacementLifecycle.next(APPROVED));
        assertEquals(EnumSet.of(RETURNED), PlacementLifecycle.next(ABROAD));
        assertEquals(EnumSet.of(COMPLETED), PlacementLifecycle.next(RETURNED));
    }

    @ParameterizedTest
    @EnumSource(value = PlacementStatus.class, names = {"REJECTED", "WITHDRAWN", "COMPLETED"})
    void finalStatesLeadNowhere(PlacementStatus status) {
        assertTrue(PlacementLifecycle.next(status).isEmpty());
    }

    @Test
    void noStepIsSkipped() {
        assertFalse(PlacementLifecycle.isLegal(REGISTERED, APPROVED));
        assertFalse(PlacementLifecycle.isLegal(REGISTERED, REJECTED));
        assertFalse(PlacementLifecycle.isLegal(APPROVED, RETURNED));
        assertFalse(PlacementLifecycle.isLegal(ABROAD, WITHDRAWN));
    }

    @Test
    void coordinatorsReviewButDoNotSendAbroad() {
        assertTrue(PlacementLifecycle.mayMove(REGISTERED, INTAKE_SCHEDULED, Set.of(COORDINATOR)));
        assertTrue(PlacementLifecycle.mayMove(INTAKE_SCHEDULED, APPROVED, Set.of(COORDINATOR)));
        assertTrue(PlacementLifecycle.mayMove(INTAKE_SCHEDULED, REJECTED, Set.of(COORDINATOR)));
        assertFalse(PlacementLifecycle.mayMove(APPROVED, ABROAD, Set.of(COORDINATOR)));
        assertFalse(PlacementLifecycle.mayMove(APPROVED, WITHDRAWN, Set.of(COORDINATOR)));
    }

    @Test
    void aStudentMayOnlyWithdrawTheirOwn() {
        assertTrue(PlacementLifecycle.mayMove(APPROVED, WITHDRAWN, Set.of(OWNER_STUDENT)));
        assertFalse(PlacementLifecycle.mayMove(REGISTERED, INTAKE_SCHEDULED, Set.of(OWNER_STUDENT)));
        assertFalse(PlacementLifecycle.mayMove(INTAKE_SCHEDULED, APPROVED, Set.of(OWNER_STUDENT)));
        assertFalse(PlacementLifecycle.mayMove(APPROVED, WITHDRAWN, Set.of()));
    }

    @Test
    void staffMayMakeEveryLegalMove() {
        for (PlacementStatus from : PlacementStatus.values()) {
            for (PlacementStatus to : PlacementLifecycle.next(from)) {
                assertTrue(PlacementLifecycle.mayMove(from, to, Set.of(STAFF)), from + " -> " + to);
            }
        }
    }

    @Test
    void onlyRejectionNeedsAReason() {
        for (PlacementStatus status : PlacementStatus.values()) {
            assertEquals(status == REJECTED, PlacementLifecycle.needsReason(status));
        }
    }
}
