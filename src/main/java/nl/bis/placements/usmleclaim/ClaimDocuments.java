package nl.bis.placements.usmleclaim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Roles;
import nl.bis.placements.document.DocumentEntity;
import nl.bis.placements.document.DocumentHolder;
import nl.bis.placements.document.DocumentSubject;
import nl.bis.placements.document.Documents;
import nl.bis.placements.usmleclaim.UsmleClaimHistoryEntity.Action;
import nl.bis.placements.usmleclaim.UsmleClaimHistoryEntity.FieldChange;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The copies a claim needs (diploma or score report, invoice, proof of payment), kept by the shared documents
 * package. They are added while the claim is a DRAFT, by its student or staff, and can be deleted by the student
 * only then; after submission they are the record of what was reviewed.
 */
@ApplicationScoped
public class ClaimDocuments implements DocumentHolder {

    @Inject
    ClaimQueries queries;

    @Inject
    Documents documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    ClaimHistory history;

    /** Adds a document of a kind to a DRAFT claim; the claim gets a new version and a history entry. */
    @Transactional
    public DocumentEntity upload(long claimId, String kind, FileUpload file) {
        // Locked, so that a document cannot slip in while the claim is being submitted.
        UsmleClaimEntity claim = queries.accessible(claimId, LockModeType.PESSIMISTIC_WRITE);
        String student = claim.student.studentNumber;
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(student)) {
            throw ApiException.forbidden("Your role does not let you add documents to USMLE claim " + claimId + ".");
        }
        DocumentKind documentKind = kind(kind);
        ClaimService.requireEditable(claim);
        DocumentEntity document = documents.store(DocumentSubject.USMLE_CLAIM, claimId, student, documentKind.name(),
                file);
        recordDocuments(claim, Action.DOCUMENT_ADDED, new FieldChange("documents", null, describe(document)));
        return document;
    }

    /** The claim reads differently now (missingDocuments): a new version and a history entry. */
    private void recordDocuments(UsmleClaimEntity claim, Action action, FieldChange change) {
        long version = claim.version;
        audit.updated(claim);
        history.record(claim, action, null, null, List.of(change));
        UsmleClaimEntity.flush();
        if (claim.version == version) {
            // A new version even when none of its columns changed (the same user at the same instant, as under a
            // fixed clock).
            Panache.getEntityManager().lock(claim, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    private static String describe(DocumentEntity document) {
        return document.kind + " " + document.fileName + " (document " + document.id + ")";
    }

    /** The documents of a claim the caller may see, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentEntity> of(long claimId) {
        queries.accessible(claimId, LockModeType.NONE);
        return documents.of(DocumentSubject.USMLE_CLAIM, claimId);
    }

    @Override
    public DocumentSubject subject() {
        return DocumentSubject.USMLE_CLAIM;
    }

    /** Locked, so that a document cannot be taken away while the claim is being submitted. */
    @Override
    public Optional<String> keptBecause(long claimId) {
        ClaimStatus status = UsmleClaimEntity.<UsmleClaimEntity>findById(claimId, LockModeType.PESSIMISTIC_WRITE)
                .status;
        return UsmleClaimLifecycle.isEditable(status) ? Optional.empty()
                : Optional.of("USMLE claim " + claimId + " is " + status);
    }

    /** Coordinators have no part in claims, so not in their copies either. */
    @Override
    public boolean readableByCoordinators() {
        return false;
    }

    @Override
    public void deleted(DocumentEntity document) {
        UsmleClaimEntity claim = UsmleClaimEntity.findById(document.subjectId());
        recordDocuments(claim, Action.DOCUMENT_REMOVED, new FieldChange("documents", describe(document), null));
    }

    /** The kinds of the documents of each claim (a claim without documents is left out). */
    Map<Long, List<DocumentKind>> kindsOf(Collection<Long> claimIds) {
        Map<Long, List<DocumentKind>> kinds = new HashMap<>();
        DocumentEntity.kindsOf(DocumentSubject.USMLE_CLAIM, claimIds).forEach((claim, names) ->
                kinds.put(claim, names.stream().map(DocumentKind::valueOf).toList()));
        return kinds;
    }

    List<DocumentKind> kindsOf(long claimId) {
        return kindsOf(List.of(claimId)).getOrDefault(claimId, List.of());
    }

    private static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ApiException.invalid("kind", "is required: one of " + Arrays.toString(DocumentKind.values()));
        }
        try {
            return DocumentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind", "must be one of " + Arrays.toString(DocumentKind.values()));
        }
    }
}
