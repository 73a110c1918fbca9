package nl.bis.placements.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Problem;
import nl.bis.placements.safety.EmergencyContactsEntity.Contact;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @Test
    void textIsStrippedAndBlankOptionalTextIsAbsent() {
        assertEquals(List.of(new Contact("Thomas Bakker", null, "+31687654321", null)), ContactRules.cleaned(
                List.of(new Contact(" Thomas Bakker  ", " ", "+31687654321", ""))));
        assertNull(ContactRules.optional("   "));
        assertEquals("Kumasi", ContactRules.required("city", " Kumasi "));
    }

    @Test
    void everyBlankNameIsNamedAtOnce() {
        ApiException refused = assertThrows(ApiException.class, () -> ContactRules.cleaned(List.of(
                new Contact(" ", null, "+31687654321", null), new Contact("Anna", null, "+31612345678", null),
                new Contact("", null, "+31612345678", null))));
        assertEquals(List.of("contacts[0].name", "contacts[2].name"),
                refused.problem().getViolations().stream().map(Problem.Violation::field).toList());
    }

    @Test
    void blankRequiredTextIsRefusedNamingTheMember() {
        ApiException refused = assertThrows(ApiException.class, () -> ContactRules.required("addressLine1", "  "));
        assertEquals("addressLine1", refused.problem().getViolations().getFirst().field());
    }
}
