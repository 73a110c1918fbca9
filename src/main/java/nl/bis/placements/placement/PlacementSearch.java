package nl.bis.placements.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import nl.bis.placements.api.model.PlacementSort;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.HqlFilter;

/** Filtered, sorted and paged placement listings; a student's listing never holds anyone else's rows. */
@ApplicationScoped
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

    /**
     * One page and the number of all matches. The page is read first, the matches are counted only when the page
     * cannot tell their number (it is full, or lies beyond the last match), and the count joins the student only for
     * the text search, the one filter on the student's own columns. The page is read as it is answered, without
     * managed entities or a transaction (see {@link PlacementView}).
     */
    public PlacementPage page(PlacementQuery query, int page, int size, PlacementSort sort) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        int offset = HqlFilter.offset(page, cappedSize);
        HqlFilter filter = filter(query);
        List<PlacementView> items = filter.query(PlacementView.SELECT, " order by " + orderOf(sort), PlacementView.class)
                .setFirstResult(offset).setMaxResults(cappedSize).getResultList();
        long total = HqlFilter.totalShown(offset, cappedSize, items.size())
                .orElseGet(() -> filter.count(searchesText(query)
                        ? "select count(*) from PlacementEntity p join p.student s"
                        : "select count(*) from PlacementEntity p"));
        return new PlacementPage(items, page, cappedSize, total);
    }

    /** Every matching placement (up to {@link #MAX_EXPORT_ROWS}), for exports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlacementEntity> all(PlacementQuery query, PlacementSort sort) {
        return select(filter(query), sort).setMaxResults(MAX_EXPORT_ROWS).getResultList();
    }

    private static TypedQuery<PlacementEntity> select(HqlFilter filter, PlacementSort sort) {
        return filter.query("select p from PlacementEntity p join fetch p.student s", " order by " + orderOf(sort),
                PlacementEntity.class);
    }

    private static boolean searchesText(PlacementQuery q) {
        return q.text() != null && !q.text().isBlank();
    }

    /** The filters; only the text search names the student ({@code s}), so that a count can leave the student out. */
    private HqlFilter filter(PlacementQuery q) {
        String text = !searchesText(q) ? null
                : "%" + q.text().strip().toLowerCase(Locale.ROOT)
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new HqlFilter("1 = 1")
                .student("p.student.studentNumber = :studentNumber", q.studentNumber(), currentUser.readsEveryone(),
                        currentUser.studentNumber())
                .and("p.status = :status", "status", q.status())
                .and("p.placementType = :type", "type", q.placementType())
                .and("p.countryCode = :country", "country",
                        q.countryCode() == null ? null : q.countryCode().toUpperCase(Locale.ROOT))
                .and("p.departureDate >= :from", "from", q.departureFrom())
                .and("p.departureDate <= :to", "to", q.departureTo())
                .and("p.late = :late", "late", q.late())
                .and("(lower(s.name) like :text escape '!' or s.studentNumber like :text escape '!')", "text", text);
    }
}
