package nl.bis.placements.document;

/** What a document belongs to; each has its own column in the {@code document} table. */
public enum DocumentSubject {
    PLACEMENT("Placement"),
    USMLE_CLAIM("USMLE cost claim"),
    CHECKLIST_ITEM("Checklist item");

    private final String title;

    DocumentSubject(String title) {
        this.title = title;
    }

    /** How a refusal names one: "Placement 57 ...". */
    public String title() {
        return title;
    }
}
