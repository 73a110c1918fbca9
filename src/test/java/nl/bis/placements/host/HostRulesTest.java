package nl.bis.placements.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.bis.placements.host.HostRules.Decision;
import nl.bis.placements.host.HostRules.Status;
import org.junit.jupiter.api.Test;

class HostRulesTest {

    @Test
    void onlyGpAndSocialMedicineClerkshipsAtHostsOutsideTheRegisterNeedTheCoordinator() {
        assertTrue(HostRules.needsApproval("GP_CLERKSHIP", false));
        assertTrue(HostRules.needsApproval("SOCIAL_MEDICINE_CLERKSHIP", false));
        assertFalse(HostRules.needsApproval("GP_CLERKSHIP", true));
        assertFalse(HostRules.needsApproval("SENIOR_CLERKSHIP", false));
        assertFalse(HostRules.needsApproval("ELECTIVE_CLERKSHIP", false));
    }

    @Test
    void aHostsNameIsComparedWithoutCaseExtraSpacesOrCompatibilityForms() {
        assertEquals("huisartsenpraktijk de linde", HostRules.key("  Huisartsenpraktijk\t De   LINDE "));
        // A full-width letter and a non-breaking space are the same name to a reader, and so to the register.
        assertEquals(HostRules.key("Praktijk A"), HostRules.key("Praktijk\u00a0\uff21"));
    }

    @Test
    void onlyAPendingApprovalIsDecidedAndARefusalSaysWhy() {
        assertTrue(HostRules.decidable(Status.PENDING));
        assertFalse(HostRules.decidable(Status.APPROVED));
        assertFalse(HostRules.decidable(Status.REFUSED));
        assertEquals(Status.APPROVED, HostRules.after(Decision.APPROVED));
        assertEquals(Status.REFUSED, HostRules.after(Decision.REFUSED));
        assertTrue(HostRules.reasonRequired(Decision.REFUSED));
        assertFalse(HostRules.reasonRequired(Decision.APPROVED));
    }
}
