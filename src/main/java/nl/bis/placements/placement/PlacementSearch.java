package nl.bis.placements.placement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bis.placements.api.model.PlacementSort;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.InvalidParameterException;

/** Filtered, sorted and paged placement listings; a student's listing never holds anyone else's rows. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementSearch {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_EXPORT_ROWS = 50_000;

    /** The order of each sort the contract offers; ties broken by id so that pages never overlap. */
    static String orderOf(PlacementSort sort) {
        return switch (sort == null ? PlacementSort.DEPARTURE_DATE : sort) {
            case DEPARTURE_DATE -> "p.departureDate asc, p.id asc";
            case _DEPARTURE_DATE -> "p.departureDate desc, p.id desc";
            case REGISTERED_AT -> "p.registeredAt asc, p.id asc";
            case _REGISTERED_AT -> "p.registeredAt desc, p.id desc";
            case STUDENT_NAME -> "s.name asc, p.id asc";
            case _STUDENT_NAME -> "s.name desc, p.id desc";
        };
    }

    @Inject
    CurrentUser currentUser;

    public PlacementPage page(PlacementQuery query, int page, int size, PlacementSort sort) {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidParameterException("size", "must be 1 or more");
        }
        int cappedSize = Math.min(size, MAX_PAGE_SIZE);
        Where where = where(query);
        TypedQuery<Long> count = Panache.getEntityManager()
                .createQuery("select count(p) from PlacementEntity p join p.student s" + where.clause, Long.class);
        where.parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<PlacementEntity> items = total == 0 ? List.of()
                : select(where, sort).setFirstResult(Math.toIntExact(Math.min((long) page * cappedSize, Integer.MAX_VALUE)))
                        .setMaxResults(cappedSize).getResultList();
        return new PlacementPage(items, page, cappedSize, total);
    }

    /** Every matching placement (up to {@link #MAX_EXPORT_ROWS}), for exports. */
    public List<PlacementEntity> all(PlacementQuery query, PlacementSort sort) {
        return select(where(query), sort).setMaxResults(MAX_EXPORT_ROWS).getResultList();
    }

    private TypedQuery<PlacementEntity> select(Where where, PlacementSort sort) {
        String order = orderOf(sort);
        TypedQuery<PlacementEntity> select = Panache.getEntityManager().createQuery(
                "select p from PlacementEntity p join fetch p.student s" + where.clause + " order by " + order,
                PlacementEntity.class);
        where.parameters.forEach(select::setParameter);
        return select;
    }

    private record Where(String clause, Map<String, Object> parameters) {
    }

    private Where where(PlacementQuery q) {
        StringBuilder clause = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String studentNumber = q.studentNumber();
        if (!currentUser.readsEveryone()) {
            String own = currentUser.studentNumber().orElse("");
            if (studentNumber != null && !studentNumber.equals(own)) {
                clause.append(" and 1 = 0");
            }
            studentNumber = own;
        }
        if (studentNumber != null) {
            clause.append(" and s.studentNumber = :studentNumber");
            parameters.put("studentNumber", studentNumber);
        }
        if (q.status() != null) {
            clause.append(" and p.status = :status");
            parameters.put("status", q.status());
        }
        if (q.placementType() != null) {
            clause.append(" and p.placementType = :type");
            parameters.put("type", q.placementType());
        }
        if (q.countryCode() != null) {
            clause.append(" and p.countryCode = :country");
            parameters.put("country", q.countryCode().toUpperCase(Locale.ROOT));
        }
        if (q.departureFrom() != null) {
            clause.append(" and p.departureDate >= :from");
            parameters.put("from", q.departureFrom());
        }
        if (q.departureTo() != null) {
            clause.append(" and p.departureDate <= :to");
            parameters.put("to", q.departureTo());
        }
        if (q.late() != null) {
            clause.append(" and p.late = :late");
            parameters.put("late", q.late());
        }
        if (q.text() != null && !q.text().isBlank()) {
            clause.append(" and (lower(s.name) like :text escape '!' or s.studentNumber like :text escape '!')");
            String escaped = q.text().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.put("text", "%" + escaped + "%");
        }
        return new Where(clause.toString(), parameters);
    }
}
