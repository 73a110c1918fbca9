package nl.bis.placements.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.checklist.ChecklistRules.ItemState;
import nl.bis.placements.common.HqlFilter;

/**
 * Filtered and paged listings of the applicable checklist items of active placements, such as the overdue ones: still
 * OPEN after their due date, today being the date in the service's zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChecklistItemSearch {

    public static final int MAX_PAGE_SIZE = 200;

    /** One page of items, with the day that decided which are overdue. */
    public record Page(List<ChecklistItemEntity> items, int page, int size, long totalItems, LocalDate today) {

        public int totalPages() {
            return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
        }
    }

    @Inject
    Clock clock;

    public Page page(ChecklistItemQuery query, int page, int size) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        HqlFilter filter = filter(query, today);
        long total = filter.count(
                "select count(i) from ChecklistItemEntity i join i.template t join i.placement p join p.student s");
        List<ChecklistItemEntity> items = total == 0 ? List.of() : filter.query("""
                        select i from ChecklistItemEntity i join fetch i.template t join fetch i.placement p
                        join fetch p.student s""", " order by i.dueDate, i.id", ChecklistItemEntity.class)
                .setFirstResult(HqlFilter.offset(page, cappedSize)).setMaxResults(cappedSize).getResultList();
        return new Page(items, page, cappedSize, total, today);
    }

    private static HqlFilter filter(ChecklistItemQuery q, LocalDate today) {
        HqlFilter filter = new HqlFilter("i.applicable = true and p.status in :active")
                .with("active", ChecklistRules.activeStatuses());
        if (q.overdue() != null) {
            filter.and(q.overdue() ? "(i.state = :open and i.dueDate < :today)"
                    : "not (i.state = :open and i.dueDate < :today)")
                    .with("open", ItemState.OPEN).with("today", today);
        }
        return filter
                .and("t.code = :template", "template", q.templateCode())
                .and("p.placementType = :type", "type", q.placementType())
                .and("p.countryCode = :country", "country", q.countryCode())
                .and("s.studentNumber = :student", "student", q.studentNumber())
                .and("i.state = :state", "state", q.state())
                .and("i.dueDate < :dueBefore", "dueBefore", q.dueBefore());
    }
}
