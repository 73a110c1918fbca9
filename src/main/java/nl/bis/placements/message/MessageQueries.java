package nl.bis.placements.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.placement.PlacementQueries;

/** Reading messages: a student their own, staff and coordinators those of a placement, staff every one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageQueries {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String NEWEST_FIRST = " order by m.createdAt desc, m.id desc";

    /** One page of messages. */
    public record Page(List<OutboxMessageEntity> items, int page, int size, long totalItems) {

        public int totalPages() {
            return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
        }
    }

    /** The filters of the staff listing; null means "any". */
    public record Query(MessageStatus status, MessageKind kind, String studentNumber) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementQueries placements;

    /** The messages to one student. */
    public Page ofStudent(String studentNumber, int page, int size) {
        return page(new HqlFilter("m.studentNumber = :student").with("student", studentNumber), page, size);
    }

    public Page page(Query query, int page, int size) {
        return page(new HqlFilter("1 = 1")
                .and("m.status = :status", "status", query.status())
                .and("m.kind = :kind", "kind", query.kind())
                .and("m.studentNumber = :student", "student", query.studentNumber()), page, size);
    }

    /**
     * The messages about a placement the caller may see (anything else is "not found"): for its student only those
     * sent to them, for staff and coordinators also those to the office's mailbox.
     */
    public List<OutboxMessageEntity> ofPlacement(long placementId) {
        String student = placements.get(placementId).student.studentNumber;
        HqlFilter filter = new HqlFilter("m.placementId = :placement").with("placement", placementId);
        if (!currentUser.readsEveryone()) {
            filter.and("m.studentNumber = :student", "student", student);
        }
        return filter.query("select m from OutboxMessageEntity m", NEWEST_FIRST, OutboxMessageEntity.class)
                .getResultList();
    }

    private static Page page(HqlFilter filter, int page, int size) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        long total = filter.count("select count(m) from OutboxMessageEntity m");
        List<OutboxMessageEntity> items = total == 0 ? List.of() : filter
                .query("select m from OutboxMessageEntity m", NEWEST_FIRST, OutboxMessageEntity.class)
                .setFirstResult(HqlFilter.offset(page, cappedSize)).setMaxResults(cappedSize).getResultList();
        return new Page(items, page, cappedSize, total);
    }
}
