package nl.bis.placements.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract says what the service does, so that tools that only read the contract can hold it to that. */
class ContractExactnessTest {

    private static final Contract CONTRACT = Contract.load(ContractFuzzTest.SPECIFICATION);

    @Test
    void everyOperationThatAnswers428WithoutIfMatchMarksIfMatchRequired() {
        List<Contract.Op> conditional = CONTRACT.operations.stream().filter(op -> op.statuses().contains("428")).toList();
        assertFalse(conditional.isEmpty());
        for (Contract.Op op : conditional) {
            Contract.Param ifMatch = op.params("header").stream().filter(p -> p.name().equals("If-Match"))
                    .findFirst().orElseThrow(() -> new AssertionError(op.id() + " has no If-Match"));
            assertTrue(ifMatch.required(), op.id() + " answers 428 without If-Match, so the header is required");
        }
    }

    @Test
    void aMergePatchIsATypedSchemaThatRefusesUnknownMembers() {
        Schema<?> patch = CONTRACT.schema("PlacementPatch");
        assertNotNull(patch.getProperties());
        assertTrue(patch.getProperties().keySet().containsAll(List.of("placementType", "destination", "departureDate",
                "returnDate", "notes", "studentName", "lateReason")), patch.getProperties().keySet().toString());
        assertEquals(Boolean.FALSE, patch.getAdditionalProperties());
        assertNotNull(((Schema<?>) patch.getProperties().get("destination")).getProperties());
    }

    @Test
    void aBatchItemIsAKlAppRegistrationWithItsId() {
        Schema<?> items = (Schema<?>) CONTRACT.schema("KlAppBatch").getProperties().get("items");
        Schema<?> item = items.getItems();
        assertNotNull(item.getProperties(), "the items are typed");
        assertTrue(item.getProperties().keySet().containsAll(List.of("klAppId", "studentNumber", "placementType",
                "destination", "departureDate", "registeredAt")), item.getProperties().keySet().toString());
        assertTrue(item.getRequired().contains("klAppId"));
    }
}
