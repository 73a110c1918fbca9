package nl.bis.placements.document;

/**
 * The feature that owns one kind of subject, as far as its documents care. Implementations are found by CDI, so this
 * package depends on none of the features.
 */
public interface DocumentHolder {

    DocumentSubject subject();

    /**
     * Whether the subject's student may still delete its documents: it is still theirs to change. When it is not,
     * the answer names why, for the refusal.
     */
    java.util.Optional<String> keptBecause(long subjectId);
}
