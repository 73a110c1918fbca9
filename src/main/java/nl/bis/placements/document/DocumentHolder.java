package nl.bis.placements.document;

import java.util.Optional;

/**
 * The feature that owns one kind of subject, as far as its documents care. Implementations are found by CDI, so this
 * package depends on none of the features.
 */
public interface DocumentHolder {

    DocumentSubject subject();

    /**
     * Whether the subject's student may still delete its documents: it is still theirs to change. When it is not,
     * the answer names why, for the refusal. Called in the deleting transaction; a subject whose state can change
     * at the same moment (a claim being submitted) locks itself here.
     */
    Optional<String> keptBecause(long subjectId);

    /** Whether coordinators, who read every placement, read this subject's documents too. */
    default boolean readableByCoordinators() {
        return true;
    }

    /** A document of the subject was deleted, in the same transaction: the subject may record it. */
    default void deleted(DocumentEntity document) {
    }
}
