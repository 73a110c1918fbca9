package nl.bis.placements.checklist;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.checklist.ChecklistRules.ItemState;
import nl.bis.placements.common.InvalidParameterException;

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
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidParameterException("size", "must be 1 or more");
        }
        int cappedSize = Math.min(size, MAX_PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        Where where = where(query, today);
        String from = " from ChecklistItemEntity i join i.template t join i.placement p join p.student s";
        TypedQuery<Long> count = Panache.getEntityManager().createQuery("select count(i)" + from + where.clause,
                Long.class);
        where.parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<ChecklistItemEntity> items = List.of();
        if (total > 0) {
            TypedQuery<ChecklistItemEntity> select = Panache.getEntityManager().createQuery("""
                    select i from ChecklistItemEntity i join fetch i.template t join fetch i.placement p
                    join fetch p.student s""" + where.clause + " order by i.dueDate, i.id", ChecklistItemEntity.class);
            where.parameters.forEach(select::setParameter);
            items = select.setFirstResult(Math.toIntExact(Math.min((long) page * cappedSize, Integer.MAX_VALUE)))
                    .setMaxResults(cappedSize).getResultList();
        }
        return new Page(items, page, cappedSize, total, today);
    }

    private record Where(String clause, Map<String, Object> parameters) {
    }

    private static Where where(ChecklistItemQuery q, LocalDate today) {
        StringBuilder clause = new StringBuilder(" where i.applicable = true and p.status in :active");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("active", ChecklistRules.activeStatuses());
        if (q.overdue() != null) {
            clause.append(q.overdue() ? " and (i.state = :open and i.dueDate < :today)"
                    : " and not (i.state = :open and i.dueDate < :today)");
            parameters.put("open", ItemState.OPEN);
            parameters.put("today", today);
        }
        if (q.templateCode() != null) {
            clause.append(" and t.code = :template");
            parameters.put("template", q.templateCode());
        }
        if (q.placementType() != null) {
            clause.append(" and p.placementType = :type");
            parameters.put("type", q.placementType());
        }
        if (q.countryCode() != null) {
            clause.append(" and p.countryCode = :country");
            parameters.put("country", q.countryCode());
        }
        if (q.studentNumber() != null) {
            clause.append(" and s.studentNumber = :student");
            parameters.put("student", q.studentNumber());
        }
        if (q.state() != null) {
            clause.append(" and i.state = :state");
            parameters.put("state", q.state());
        }
        if (q.dueBefore() != null) {
            clause.append(" and i.dueDate < :dueBefore");
            parameters.put("dueBefore", q.dueBefore());
        }
        return new Where(clause.toString(), parameters);
    }
}
