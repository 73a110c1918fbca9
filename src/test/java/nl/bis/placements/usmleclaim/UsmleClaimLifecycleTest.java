package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.ClaimStatus.APPROVED;
import static nl.bis.placements.usmleclaim.ClaimStatus.DRAFT;
import static nl.bis.placements.usmleclaim.ClaimStatus.PAID;
import static nl.bis.placements.usmleclaim.ClaimStatus.REJECTED;
import static nl.bis.placements.usmleclaim.ClaimStatus.SUBMITTED;
import static nl.bis.placements.usmleclaim.ClaimStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import nl.bis.placements.usmleclaim.UsmleClaimLifecycle.Actor;
import org.junit.jupiter.api.Test;

class UsmleClaimLifecycleTest {

    private static final Set<Actor> STUDENT = EnumSet.of(Actor.OWNER_STUDENT);
    private static final Set<Actor> STAFF = EnumSet.of(Actor.STAFF);

    @Test
    void theStudentSubmitsOrWithdrawsTheirDraft() {
        assertEquals(EnumSet.of(SUBMITTED, WITHDRAWN), UsmleClaimLifecycle.next(DRAFT, STUDENT));
        assertEquals(EnumSet.noneOf(ClaimStatus.class), UsmleClaimLifecycle.next(DRAFT, STAFF));
    }

    @Test
    void staffApproveOrRejectASubmittedClaimAndPayAnApprovedOne() {
        assertEquals(EnumSet.of(APPROVED, REJECTED), UsmleClaimLifecycle.next(SUBMITTED, STAFF));
        assertEquals(EnumSet.of(PAID), UsmleClaimLifecycle.next(APPROVED, STAFF));
        assertTrue(UsmleClaimLifecycle.isLegal(SUBMITTED, APPROVED));
        assertFalse(UsmleClaimLifecycle.mayMove(SUBMITTED, APPROVED, STUDENT));
        assertFalse(UsmleClaimLifecycle.mayMove(APPROVED, PAID, STUDENT));
    }

    @Test
    void aClaimIsPaidOnlyAfterApproval() {
        assertFalse(UsmleClaimLifecycle.isLegal(SUBMITTED, PAID));
        assertFalse(UsmleClaimLifecycle.isLegal(DRAFT, APPROVED));
        assertFalse(UsmleClaimLifecycle.isLegal(REJECTED, PAID));
    }

    @Test
    void rejectedPaidAndWithdrawnAreFinal() {
        for (ClaimStatus end : EnumSet.of(REJECTED, PAID, WITHDRAWN)) {
            assertTrue(UsmleClaimLifecycle.next(end).isEmpty(), end.name());
        }
    }

    @Test
    void onlyADraftIsEditableAndOnlyRejectedAndWithdrawnClaimsMakeWayForANewOne() {
        for (ClaimStatus status : ClaimStatus.values()) {
            assertEquals(status == DRAFT, UsmleClaimLifecycle.isEditable(status), status.name());
            assertEquals(status != REJECTED && status != WITHDRAWN, UsmleClaimLifecycle.counts(status), status.name());
        }
        assertTrue(UsmleClaimLifecycle.needsReason(REJECTED));
        assertFalse(UsmleClaimLifecycle.needsReason(APPROVED));
    }
}
