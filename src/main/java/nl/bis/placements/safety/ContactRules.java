package nl.bis.placements.safety;

import java.util.ArrayList;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Problem;
import nl.bis.placements.safety.EmergencyContactsEntity.Contact;

/**
 * What the contract's schema cannot say about emergency contacts and addresses: text is kept without the spaces
 * around it, blank optional text counts as absent, and blank required text is refused naming the member. (Phone
 * numbers, lengths, control characters and the number of contacts are checked before, by the schema's constraints.)
 */
final class ContactRules {

    private ContactRules() {
    }

    /** The contacts with their text stripped; every blank name refused at once, naming each. */
    static List<Contact> cleaned(List<Contact> contacts) {
        List<Problem.Violation> blank = new ArrayList<>();
        List<Contact> cleaned = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String name = optional(c.name());
            if (name == null) {
                blank.add(new Problem.Violation("contacts[" + i + "].name", "must not be blank"));
            }
            cleaned.add(new Contact(name, optional(c.relation()), c.phone(), optional(c.email())));
        }
        if (!blank.isEmpty()) {
            throw ApiException.invalid(blank);
        }
        return List.copyOf(cleaned);
    }

    /** Required text, stripped; blank is refused naming the member. */
    static String required(String field, String text) {
        String stripped = optional(text);
        if (stripped == null) {
            throw ApiException.invalid(field, "must not be blank");
        }
        return stripped;
    }

    /** Optional text, stripped; blank counts as absent. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
