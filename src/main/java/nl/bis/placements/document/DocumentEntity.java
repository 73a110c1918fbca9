package nl.bis.placements.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import nl.bis.placements.common.CreatedEntity;

/** A stored file and what identifies it. The content is read only when the file is downloaded. */
@Entity
@Table(name = "document")
public class DocumentEntity extends CreatedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Whose document it is: the student of the placement, claim or checklist item. */
    public String studentNumber;

    public Long placementId;

    // usmle_claim_id

    // checklist_item_id

    public String kind;

    public String fileName;

    public String mediaType;

    public long sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public DocumentSubject subject() {
        if (placementId != null) {
            return DocumentSubject.PLACEMENT;
        }
        throw new IllegalStateException("Document " + id + " belongs to no subject");
    }

    public long subjectId() {
        return switch (subject()) {
            case PLACEMENT -> placementId;
            case USMLE_CLAIM, CHECKLIST_ITEM -> throw new IllegalStateException("not stored yet");
        };
    }

    void belongTo(DocumentSubject subject, long subjectId) {
        switch (subject) {
            case PLACEMENT -> placementId = subjectId;
            case USMLE_CLAIM, CHECKLIST_ITEM -> throw new IllegalStateException("not stored yet");
        }
    }

    /** The documents of one subject, oldest first, without their content. */
    public static List<DocumentEntity> of(DocumentSubject subject, long subjectId) {
        String column = switch (subject) {
            case PLACEMENT -> "placementId";
            case USMLE_CLAIM -> "usmleClaimId";
            case CHECKLIST_ITEM -> "checklistItemId";
        };
        return list(column + " = ?1 order by id", subjectId);
    }
}
