package nl.bis.placements.document;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public Long usmleClaimId;

    public Long checklistItemId;

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
        if (usmleClaimId != null) {
            return DocumentSubject.USMLE_CLAIM;
        }
        if (checklistItemId != null) {
            return DocumentSubject.CHECKLIST_ITEM;
        }
        throw new IllegalStateException("Document " + id + " belongs to no subject");
    }

    public long subjectId() {
        return switch (subject()) {
            case PLACEMENT -> placementId;
            case USMLE_CLAIM -> usmleClaimId;
            case CHECKLIST_ITEM -> checklistItemId;
        };
    }

    void belongTo(DocumentSubject subject, long subjectId) {
        switch (subject) {
            case PLACEMENT -> placementId = subjectId;
            case USMLE_CLAIM -> usmleClaimId = subjectId;
            case CHECKLIST_ITEM -> checklistItemId = subjectId;
        }
    }

    /** The documents of one subject, oldest first, without their content. */
    public static List<DocumentEntity> of(DocumentSubject subject, long subjectId) {
        return list(field(subject) + " = ?1 order by id", subjectId);
    }

    public static long count(DocumentSubject subject, long subjectId) {
        return count(field(subject) + " = ?1", subjectId);
    }

    /** The kinds of the documents of these subjects, by subject id, without loading the documents. */
    public static Map<Long, List<String>> kindsOf(DocumentSubject subject, Collection<Long> subjectIds) {
        Map<Long, List<String>> kinds = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return kinds;
        }
        String field = field(subject);
        Panache.getEntityManager().createQuery("select d." + field + ", d.kind from DocumentEntity d where d."
                        + field + " in :ids order by d.id", Object[].class)
                .setParameter("ids", subjectIds)
                .getResultList()
                .forEach(row -> kinds.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return kinds;
    }

    private static String field(DocumentSubject subject) {
        return switch (subject) {
            case PLACEMENT -> "placementId";
            case USMLE_CLAIM -> "usmleClaimId";
            case CHECKLIST_ITEM -> "checklistItemId";
        };
    }
}
