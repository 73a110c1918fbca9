package nl.bis.placements.document;

/** What a document belongs to; each has its own column in the {@code document} table. */
public enum DocumentSubject {
    PLACEMENT,
    USMLE_CLAIM,
    CHECKLIST_ITEM
}
