package nl.bis.placements.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.placement.PlacementEntity;

/** The approvals in force, filtered and paged: the clerkship coordinator's work list. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HostApprovalSearch {

    public static final int MAX_PAGE_SIZE = 200;

    public record Page(List<HostApprovals.View> items, int page, int size, long totalItems) {

        public int totalPages() {
            return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
        }
    }

    public Page page(HostRules.Status status, String placementType, String countryCode, int page, int size) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        HqlFilter filter = new HqlFilter("a.current = true and p.id = a.placementId")
                .and("a.status = :status", "status", status == null ? HostRules.Status.PENDING : status)
                .and("a.placementType = :type", "type", placementType)
                .and("a.countryCode = :country", "country", countryCode);
        long total = filter.count("select count(a) from HostApprovalEntity a, PlacementEntity p");
        List<HostApprovals.View> items = total == 0 ? List.of() : filter.query(
                        "select p, a from HostApprovalEntity a, PlacementEntity p join fetch p.student",
                        " order by a.createdAt, a.id", Object[].class)
                .setFirstResult(HqlFilter.offset(page, cappedSize)).setMaxResults(cappedSize).getResultStream()
                .map(row -> new HostApprovals.View((PlacementEntity) row[0], (HostApprovalEntity) row[1])).toList();
        return new Page(items, page, cappedSize, total);
    }
}
