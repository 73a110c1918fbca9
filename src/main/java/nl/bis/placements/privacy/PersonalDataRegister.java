package nl.bis.placements.privacy;

import static nl.bis.placements.privacy.PersonalData.Action.CLEAR;
import static nl.bis.placements.privacy.PersonalData.Action.DELETE;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register of personal data: every table that holds data of a student (directly or through a placement, a claim,
 * a sign-up, ...), in the order anonymisation visits them. Rows reached through a parent come before the parent,
 * because a parent moved to the pseudonymous student no longer leads to them. {@code PersonalDataRegisterTest}
 * compares this list with PostgreSQL's foreign keys and fails for a table that references a student and is missing.
 *
 * <p>What stays after anonymisation is what the office's statistics need (type, country, dates, status, amounts);
 * free text, names, e-mail addresses, who did what, contacts, addresses, documents and messages go.
 */
public final class PersonalDataRegister {

    private static final String STUDENT_OF_PLACEMENT =
            "(select p.student_number from placement p where p.id = t.placement_id)";
    private static final String RETURN_OF_PLACEMENT =
            "(select p.return_date from placement p where p.id = t.placement_id)";
    private static final String STUDENT_OF_CLAIM =
            "(select c.student_number from usmle_claim c where c.id = t.usmle_claim_id)";
    private static final String DECISION_OF_CLAIM =
            "(select coalesce(c.reviewed_at, c.updated_at)::date from usmle_claim c where c.id = t.usmle_claim_id)";
    private static final String PLACEMENT_OF_DOCUMENT = "coalesce(t.placement_id, "
            + "(select i.placement_id from checklist_item i where i.id = t.checklist_item_id))";
    private static final String PLACEMENT_OF_EXEMPTION =
            "(select c.placement_id from progress_test_conflict c where c.id = t.conflict_id)";
    /** The student's last return home, else the row's last change: contacts are needed while they travel. */
    private static final String LAST_RETURN = "coalesce((select max(p.return_date) from placement p "
            + "where p.student_number = t.student_number), t.updated_at::date)";

    private static final List<PersonalData> ENTRIES = List.of(
            // KL-app's pending change of a placement: the registration as KL-app sent it, names included.
            deleted("kl_app_registration", "true",
                    "(select p.student_number from placement p where p.kl_app_id = t.kl_app_id)",
                    "(select p.id from placement p where p.kl_app_id = t.kl_app_id)", RetentionKind.PLACEMENT,
                    "(select p.return_date from placement p where p.kl_app_id = t.kl_app_id)"),
            new PersonalData("document", "t.usmle_claim_id is null", "t.student_number", PLACEMENT_OF_DOCUMENT,
                    RetentionKind.PLACEMENT, "(select p.return_date from placement p where p.id = "
                    + PLACEMENT_OF_DOCUMENT + ")", DELETE, null, Set.of(), Map.of(), Set.of("content")),
            new PersonalData("document", "t.usmle_claim_id is not null", "t.student_number", null,
                    RetentionKind.CLAIM, DECISION_OF_CLAIM, DELETE, null, Set.of(), Map.of(), Set.of("content")),
            ofPlacement("placement_history", RetentionKind.PLACEMENT, CLEAR,
                    Set.of("action", "from_status", "to_status", "status")),
            // The MRSA result is health data the statistics do not need: it goes with the rest.
            new PersonalData("readiness_entry", "true", STUDENT_OF_PLACEMENT, "t.placement_id",
                    RetentionKind.PLACEMENT, RETURN_OF_PLACEMENT, CLEAR, null, Set.of("requirement", "kind"),
                    Map.of("result", "null"), Set.of()),
            ofPlacement("checklist_item", RetentionKind.PLACEMENT, CLEAR, Set.of("state")),
            ofPlacement("address_abroad", RetentionKind.CONTACT, DELETE, Set.of()),
            ofPlacement("incident", RetentionKind.INCIDENT, CLEAR, Set.of("kind", "follow_up")),
            new PersonalData("progress_test_exemption", "true",
                    "(select p.student_number from placement p where p.id = " + PLACEMENT_OF_EXEMPTION + ")",
                    PLACEMENT_OF_EXEMPTION, RetentionKind.PLACEMENT,
                    "(select p.return_date from placement p where p.id = " + PLACEMENT_OF_EXEMPTION + ")",
                    CLEAR, null, Set.of("status"), Map.of(), Set.of()),
            ofPlacement("progress_test_conflict", RetentionKind.PLACEMENT, CLEAR, Set.of()),
            ofPlacement("host_approval", RetentionKind.PLACEMENT, CLEAR,
                    Set.of("country_code", "placement_type", "status")),
            new PersonalData("usmle_claim_line_item", "true", STUDENT_OF_CLAIM, null, RetentionKind.CLAIM,
                    DECISION_OF_CLAIM, CLEAR, null, Set.of("kind", "currency"), Map.of(), Set.of()),
            new PersonalData("usmle_claim_history", "true", STUDENT_OF_CLAIM, null, RetentionKind.CLAIM,
                    DECISION_OF_CLAIM, CLEAR, null, Set.of("action", "from_status", "to_status", "status"), Map.of(),
                    Set.of()),
            // Attendance of preparation meetings counts for the statistics; the sign-up moves to the pseudonym.
            new PersonalData("event_registration", "true", "t.student_number", null, RetentionKind.PLACEMENT,
                    "(select e.ends_at::date from preparation_event e where e.id = t.event_id)", CLEAR,
                    "student_number", Set.of("status"), Map.of(), Set.of()),
            deleted("emergency_contacts", "true", "t.student_number", null, RetentionKind.CONTACT, LAST_RETURN),
            // Messages (V15): what was sent goes after its period; preferences with the contacts.
            // A message to the office's mailbox about a student's placement is theirs too.
            deleted("outbox_message", "true",
                    "coalesce(t.student_number, (select p.student_number from placement p where p.id = t.placement_id))",
                    null, RetentionKind.MESSAGE, "t.created_at::date"),
            deleted("message_preference", "true", "t.student_number", null, RetentionKind.CONTACT, LAST_RETURN),
            // Who read the student's data (V16).
            deleted("sensitive_read", "true", "t.student_number", null, RetentionKind.ACCESS_LOG,
                    "t.read_at::date"),
            new PersonalData("usmle_claim", "true", "t.student_number", null, RetentionKind.CLAIM,
                    "coalesce(t.reviewed_at, t.updated_at)::date", CLEAR, "student_number",
                    Set.of("step", "status"), Map.of(), Set.of()),
            // The KL-app id links to KL-app's own record of the student: it goes (null, as it is unique).
            new PersonalData("placement", "true", "t.student_number", "t.id", RetentionKind.PLACEMENT,
                    "t.return_date", CLEAR, "student_number", Set.of("country_code", "placement_type", "status"),
                    Map.of("kl_app_id", "null"), Set.of()));

    /** The student record itself: exported; removed once nothing refers to it any more. */
    public static final String STUDENT_TABLE = "student";

    private PersonalDataRegister() {
    }

    public static List<PersonalData> entries() {
        return ENTRIES;
    }

    /** Every table the register covers, the student record included. */
    public static Set<String> tables() {
        Set<String> tables = new java.util.TreeSet<>();
        ENTRIES.forEach(entry -> tables.add(entry.table()));
        tables.add(STUDENT_TABLE);
        return tables;
    }

    private static PersonalData ofPlacement(String table, RetentionKind kind, PersonalData.Action action,
                                            Set<String> kept) {
        return new PersonalData(table, "true", STUDENT_OF_PLACEMENT, "t.placement_id", kind, RETURN_OF_PLACEMENT,
                action, null, kept, Map.of(), Set.of());
    }

    private static PersonalData deleted(String table, String scope, String studentOf, String placementOf,
                                        RetentionKind kind, String anchor) {
        return new PersonalData(table, scope, studentOf, placementOf, kind, anchor, DELETE, null, Set.of(), Map.of(),
                Set.of());
    }
}
