package nl.bis.placements.progresstest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.progresstest.ProgressTestRules.ExemptionState;

/** The staff listing of exemptions (the exam office's list), by test date, then student number. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExemptionSearch {

    public static final int MAX_PAGE_SIZE = 200;

    /** The filters; null means "any". */
    public record Query(ExemptionState status, Long progressTestId, Boolean conflictActive) {
    }

    public record Page(List<ExemptionEntity> items, int page, int size, long totalItems) {

        public int totalPages() {
            return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
        }
    }

    private static final String FROM = """
            from ExemptionEntity e join fetch e.conflict c join fetch c.placement p join fetch p.student s
            join fetch c.progressTest t""";
    private static final String ORDER = " order by t.testDate, s.studentNumber, e.id";

    public Page page(Query query, int page, int size) {
        int capped = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        HqlFilter filter = filter(query);
        long total = filter.count("""
                select count(e) from ExemptionEntity e join e.conflict c join c.placement p join p.student s
                join c.progressTest t""");
        List<ExemptionEntity> items = total == 0 ? List.of()
                : filter.query("select e " + FROM, ORDER, ExemptionEntity.class)
                .setFirstResult(HqlFilter.offset(page, capped)).setMaxResults(capped).getResultList();
        return new Page(items, page, capped, total);
    }

    /** Every matching exemption, for the CSV export. */
    public List<ExemptionEntity> all(Query query) {
        return filter(query).query("select e " + FROM, ORDER, ExemptionEntity.class).getResultList();
    }

    private static HqlFilter filter(Query q) {
        return new HqlFilter("1 = 1")
                .and("e.status = :status", "status", q.status())
                .and("t.id = :test", "test", q.progressTestId())
                .and("c.active = :active", "active", q.conflictActive());
    }
}
