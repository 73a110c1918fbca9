package nl.bis.placements.accesslog;

/** The kinds of a student's data whose every read by someone else is recorded. */
public enum SensitiveResource {
    INCIDENT,
    EMERGENCY_CONTACTS,
    ADDRESS_ABROAD,
    DOCUMENT,
    /** The student's entry, with address and contacts, in the list of who is abroad. */
    ABROAD_LIST,
    /** All the student's data, exported by staff. */
    EXPORT
}
