package nl.bis.placements.usmleclaim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.InvalidParameterException;

/** Filtered and paged claim listings, oldest first; a student's listing never holds anyone else's claims. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimSearch {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_EXPORT_ROWS = 50_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClaimQueries queries;

    @Inject
    Clock clock;

    ClaimPage page(ClaimQuery query, int page, int size) {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidParameterException("size", "must be 1 or more");
        }
        int cappedSize = Math.min(size, MAX_PAGE_SIZE);
        Where where = where(query);
        TypedQuery<Long> count = Panache.getEntityManager()
                .createQuery("select count(c) from UsmleClaimEntity c join c.student s" + where.clause, Long.class);
        where.parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<UsmleClaimEntity> items = total == 0 ? List.of()
                : select(where).setFirstResult(Math.toIntExact(Math.min((long) page * cappedSize, Integer.MAX_VALUE)))
                        .setMaxResults(cappedSize).getResultList();
        return new ClaimPage(queries.views(items), page, cappedSize, total);
    }

    /** Every matching claim (up to {@link #MAX_EXPORT_ROWS}), for the export. */
    List<UsmleClaimEntity> all(ClaimQuery query) {
        return select(where(query)).setMaxResults(MAX_EXPORT_ROWS).getResultList();
    }

    private TypedQuery<UsmleClaimEntity> select(Where where) {
        TypedQuery<UsmleClaimEntity> select = Panache.getEntityManager().createQuery(
                "select c from UsmleClaimEntity c join fetch c.student s" + where.clause + " order by c.id",
                UsmleClaimEntity.class);
        where.parameters.forEach(select::setParameter);
        return select;
    }

    private record Where(String clause, Map<String, Object> parameters) {
    }

    private Where where(ClaimQuery q) {
        StringBuilder clause = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String studentNumber = q.studentNumber();
        if (!queries.readsEveryone()) {
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
            clause.append(" and c.status = :status");
            parameters.put("status", q.status());
        }
        if (q.step() != null) {
            clause.append(" and c.step = :step");
            parameters.put("step", q.step());
        }
        if (q.submittedFrom() != null) {
            clause.append(" and c.submittedAt >= :from");
            parameters.put("from", q.submittedFrom().atStartOfDay(clock.getZone()).toInstant());
        }
        if (q.submittedTo() != null) {
            clause.append(" and c.submittedAt < :to");
            parameters.put("to", q.submittedTo().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        return new Where(clause.toString(), parameters);
    }
}
