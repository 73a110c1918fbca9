package nl.bis.placements.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.bis.placements.common.CsvCells;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.safety.EmergencyContactsEntity.Contact;

/**
 * The list of students abroad for a spreadsheet: one row per placement, the contacts at home in numbered columns
 * (at most five are kept), UTF-8 with a byte-order mark so that Excel reads the accents right, and no cell a
 * spreadsheet would run as a formula (a phone number starts with '+', so it gets the apostrophe and stays text).
 */
final class AbroadCsv {

    static final int CONTACT_COLUMNS = 5;

    private static final List<String> PLACEMENT_HEADER = List.of("placementId", "placementType", "status",
            "departureDate", "returnDate", "studentNumber", "studentName", "studentEmail", "hostInstitution", "city",
            "countryCode", "countryName", "region", "travelAdvice", "flaggedForReview", "addressLine1", "addressLine2",
            "postalCode", "addressCity", "phoneAbroad");

    private AbroadCsv() {
    }

    static String[] header() {
        List<String> header = new ArrayList<>(PLACEMENT_HEADER);
        for (int i = 1; i <= CONTACT_COLUMNS; i++) {
            header.addAll(List.of("contact" + i + "Name", "contact" + i + "Relation", "contact" + i + "Phone",
                    "contact" + i + "Email"));
        }
        return header.toArray(String[]::new);
    }

    static String write(List<StudentsAbroad.Entry> entries) {
        return CsvCells.write(header(), entries, AbroadCsv::values);
    }

    /** One entry's values in {@link #header()} order (null when absent). */
    static List<Object> values(StudentsAbroad.Entry entry) {
        PlacementEntity p = entry.placement();
        AddressAbroadEntity a = entry.address();
        EmergencyContactsEntity kept = entry.contacts();
        List<Object> values = new ArrayList<>(Arrays.asList(p.id, p.placementType, p.status, p.departureDate,
                p.returnDate, p.student.studentNumber, p.student.name, p.student.email, p.hostInstitution, p.city,
                p.countryCode, entry.destination().nameEn, entry.destination().region,
                entry.destination().travelAdvice, p.flaggedForReview,
                a == null ? null : a.addressLine1, a == null ? null : a.addressLine2,
                a == null ? null : a.postalCode, a == null ? null : a.city,
                kept == null ? null : kept.phoneAbroad));
        List<Contact> contacts = kept == null ? List.of() : kept.contacts;
        for (int i = 0; i < CONTACT_COLUMNS; i++) {
            Contact c = i < contacts.size() ? contacts.get(i) : null;
            values.addAll(c == null ? Arrays.asList(null, null, null, null)
                    : Arrays.asList(c.name(), c.relation(), c.phone(), c.email()));
        }
        return values;
    }
}
