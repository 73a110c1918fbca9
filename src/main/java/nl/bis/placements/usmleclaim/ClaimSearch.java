package nl.bis.placements.usmleclaim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.HqlFilter;

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
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        HqlFilter filter = filter(query);
        long total = filter.count("select count(c) from UsmleClaimEntity c join c.student s");
        List<UsmleClaimEntity> items = total == 0 ? List.of()
                : select(filter).setFirstResult(HqlFilter.offset(page, cappedSize)).setMaxResults(cappedSize)
                        .getResultList();
        return new ClaimPage(queries.views(items), page, cappedSize, total);
    }

    /** Every matching claim (up to {@link #MAX_EXPORT_ROWS}), for the export. */
    List<UsmleClaimEntity> all(ClaimQuery query) {
        return select(filter(query)).setMaxResults(MAX_EXPORT_ROWS).getResultList();
    }

    private static TypedQuery<UsmleClaimEntity> select(HqlFilter filter) {
        return filter.query("select c from UsmleClaimEntity c join fetch c.student s", " order by c.id",
                UsmleClaimEntity.class);
    }

    private HqlFilter filter(ClaimQuery q) {
        return new HqlFilter("1 = 1")
                .student("s.studentNumber = :studentNumber", q.studentNumber(), queries.readsEveryone(),
                        currentUser.studentNumber())
                .and("c.status = :status", "status", q.status())
                .and("c.step = :step", "step", q.step())
                .and("c.submittedAt >= :from", "from", q.submittedFrom() == null ? null
                        : q.submittedFrom().atStartOfDay(clock.getZone()).toInstant())
                .and("c.submittedAt < :to", "to", q.submittedTo() == null ? null
                        : q.submittedTo().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
