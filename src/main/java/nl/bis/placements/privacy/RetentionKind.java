package nl.bis.placements.privacy;

/**
 * The kinds of personal data that are kept for a period of their own ({@code placements.retention.*}), each counted
 * from the date the register names for it.
 */
public enum RetentionKind {
    /** Placements and their papers (history, readiness, checklist, documents, sign-ups): after the return. */
    PLACEMENT,
    /** Incident reports: after the return from the placement they happened in. */
    INCIDENT,
    /** Emergency contacts, addresses abroad and message preferences: after the (last) return. */
    CONTACT,
    /** Messages sent: after they were queued. */
    MESSAGE,
    /** Who read a student's sensitive data: after the read. */
    ACCESS_LOG,
    /** USMLE cost claims, kept as financial records: after the decision (or the last change of an undecided one). */
    CLAIM
}
