package nl.bis.placements.privacy;

import java.util.Map;
import java.util.Set;

/**
 * One entry of the register of personal data: a table (or a part of one) that holds data of a student, how its rows
 * are found for a student, what its export leaves out, and when and how it is anonymised. The SQL fragments are
 * constants of the register, written against the row alias {@code t}; nothing from a request is ever put in them.
 *
 * @param table        the table, by name
 * @param scope        which of the table's rows this entry covers ({@code true}: all)
 * @param studentOf    the student number a row belongs to
 * @param placementOf  the placement a row belongs to (its history gets an {@code ANONYMISED} entry), or null
 * @param kind         the retention period that applies
 * @param anchor       the date the retention period is counted from
 * @param action       what anonymising does to a row
 * @param studentColumn the column holding the student number, moved to the pseudonymous student on anonymisation;
 *                     null when the row reaches the student through another table
 * @param kept         text columns that are codes, not free text, and stay (statistics: type, country, status, ...)
 * @param overrides    text columns with a value of their own on anonymisation (SQL), instead of the placeholder
 * @param notExported  columns left out of the export (document contents)
 */
public record PersonalData(String table, String scope, String studentOf, String placementOf, RetentionKind kind,
                           String anchor, Action action, String studentColumn, Set<String> kept,
                           Map<String, String> overrides, Set<String> notExported) {

    /** What anonymising does to a row whose retention ended. */
    public enum Action {
        /** The row goes: it has no statistical value (contacts, addresses, documents, messages, the access log). */
        DELETE,
        /**
         * The row stays with its codes, numbers, dates and booleans; every other text column that holds a value gets
         * the placeholder (so that checks such as "a rejection has a reason" still hold), and the row moves to the
         * pseudonymous student if it has a student column.
         */
        CLEAR
    }

    /** The placeholder that replaces free text; {@link #JSON_PLACEHOLDER} for JSON columns. */
    public static final String PLACEHOLDER = "anonymised";
    public static final String JSON_PLACEHOLDER = "[]";
}
