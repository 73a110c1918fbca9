package nl.bis.placements.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Roles;
import nl.bis.placements.document.DocumentEntity;
import nl.bis.placements.document.DocumentHolder;
import nl.bis.placements.document.DocumentSubject;
import nl.bis.placements.document.Documents;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The documents of a placement: its student adds them to their own placement in any status (papers keep coming
 * until return), staff to any; they can be deleted by the student only while the placement is {@code REGISTERED}.
 */
@ApplicationScoped
public class PlacementDocuments implements DocumentHolder {

    @Inject
    PlacementQueries queries;

    @Inject
    Documents documents;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public DocumentEntity upload(long placementId, String kind, FileUpload file) {
        PlacementEntity placement = queries.accessible(placementId, LockModeType.NONE);
        String student = placement.student.studentNumber;
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(student)) {
            throw ApiException.forbidden("Your role lets you read placement " + placementId
                    + " but not add documents to it.");
        }
        return documents.store(DocumentSubject.PLACEMENT, placementId, student, kind, file);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentEntity> of(long placementId) {
        queries.accessible(placementId, LockModeType.NONE);
        return documents.of(DocumentSubject.PLACEMENT, placementId);
    }

    @Override
    public DocumentSubject subject() {
        return DocumentSubject.PLACEMENT;
    }

    @Override
    public Optional<String> keptBecause(long placementId) {
        PlacementStatus status = PlacementEntity.<PlacementEntity>findById(placementId).status;
        return status == PlacementStatus.REGISTERED ? Optional.empty()
                : Optional.of("Placement " + placementId + " is " + status);
    }
}
