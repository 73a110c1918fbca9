package nl.bis.placements.checklist;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.bis.placements.checklist.ChecklistRules.ItemState;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.document.DocumentEntity;
import nl.bis.placements.document.DocumentHolder;
import nl.bis.placements.document.DocumentSubject;
import nl.bis.placements.document.Documents;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The documents of checklist items, their evidence. The student adds them to the items of their own placements (staff
 * to any) while an item is OPEN or DONE, applies and its placement is not closed; the student may delete them as long
 * as that holds. Once staff verified the item, or its placement is COMPLETED, WITHDRAWN or REJECTED, they are kept.
 */
@ApplicationScoped
public class ChecklistDocuments implements DocumentHolder {

    @Inject
    Documents documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChecklistItems items;

    @Transactional
    public DocumentEntity upload(long itemId, String kind, FileUpload file) {
        ChecklistItemEntity item = items.get(itemId);
        String student = item.placement.student.studentNumber;
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(student)) {
            throw ApiException.forbidden("Your role lets you read checklist item " + itemId
                    + " but not add documents to it.");
        }
        keptBecause(item).ifPresent(why -> {
            throw new ApiException(ProblemType.ILLEGAL_ITEM_TRANSITION.problem(why + "; it takes no more documents.")
                    .with("allowedStates", List.of()));
        });
        return documents.store(DocumentSubject.CHECKLIST_ITEM, item.id, student, kind, file);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentEntity> of(long itemId) {
        return documents.of(DocumentSubject.CHECKLIST_ITEM, items.get(itemId).id);
    }

    /** The items among these that hold documents. */
    Set<Long> itemsWithDocuments(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Panache.getEntityManager().createQuery("""
                        select distinct d.checklistItemId from DocumentEntity d where d.checklistItemId in :ids""",
                        Long.class)
                .setParameter("ids", itemIds).getResultList());
    }

    /** How many documents are attached to the item: its evidence. */
    long count(long itemId) {
        return DocumentEntity.count(DocumentSubject.CHECKLIST_ITEM, itemId);
    }

    @Override
    public DocumentSubject subject() {
        return DocumentSubject.CHECKLIST_ITEM;
    }

    /** Locks the item, so that a document is not deleted while staff verify the item. */
    @Override
    public Optional<String> keptBecause(long itemId) {
        ChecklistItemEntity.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        return keptBecause(ChecklistItemEntity.withPlacement(itemId));
    }

    private static Optional<String> keptBecause(ChecklistItemEntity item) {
        if (ChecklistRules.isClosed(item.placement.status)) {
            return Optional.of("Placement " + item.placement.id + " is " + item.placement.status);
        }
        if (item.state == ItemState.VERIFIED) {
            return Optional.of("Checklist item " + item.id + " is VERIFIED");
        }
        if (!item.applicable) {
            return Optional.of("Checklist item " + item.id + " no longer applies");
        }
        return Optional.empty();
    }
}
