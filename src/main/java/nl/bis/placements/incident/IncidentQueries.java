package nl.bis.placements.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.accesslog.AccessLog;
import nl.bis.placements.accesslog.SensitiveResource;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.placement.PlacementQueries;

/**
 * Reading incidents: one, a placement's, their number, the staff listing and the yearly counts. Who may read which is
 * decided here and in the resource's roles: the student their own, staff all, coordinators only the counts. Every
 * incident shown to someone other than its student is recorded in the access log; the counts name no one and are not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IncidentQueries {

    public static final int MAX_PAGE_SIZE = 200;

    /** One page of incidents. */
    public record Page(List<IncidentEntity> items, int page, int size, long totalItems) {

        public int totalPages() {
            return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
        }
    }

    /** The incidents of a year, counted per host and in all. */
    public record Summary(int year, List<IncidentRules.HostCounts> hosts, IncidentRules.Counts counts) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementQueries placements;

    @Inject
    AccessLog accessLog;

    /**
     * An incident the caller may see: a student only those of their own placements; anything else is "not found".
     * The read is logged.
     */
    @Transactional
    public IncidentEntity get(long incidentId) {
        IncidentEntity incident = IncidentEntity.withPlacement(incidentId);
        if (incident == null || !currentUser.maySee(incident.placement.student.studentNumber)) {
            throw ApiException.notFound("Incident " + incidentId);
        }
        return recorded(List.of(incident)).getFirst();
    }

    /**
     * The incidents of a placement the caller may see (anything else is "not found"), in the order they happened;
     * each one is a logged read.
     */
    @Transactional
    public List<IncidentEntity> ofPlacement(long placementId) {
        return recorded(IncidentEntity.ofPlacement(placements.get(placementId).id));
    }

    /** How many incidents a placement the caller may see has. */
    public long countOf(long placementId) {
        return IncidentEntity.countOf(placements.get(placementId).id);
    }

    /** One page of the staff listing; each incident on it is a logged read. */
    @Transactional
    public Page page(IncidentQuery query, int page, int size) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        HqlFilter filter = filter(query);
        long total = filter.count("select count(i) from IncidentEntity i join i.placement p join p.student s");
        List<IncidentEntity> items = total == 0 ? List.of() : filter.query("""
                        select i from IncidentEntity i join fetch i.placement p join fetch p.student s""",
                        " order by i.occurredOn, i.id", IncidentEntity.class)
                .setFirstResult(HqlFilter.offset(page, cappedSize)).setMaxResults(cappedSize).getResultList();
        return new Page(recorded(items), page, cappedSize, total);
    }

    /** The incidents that happened in a year, counted by kind per country and host: no one's data but counts. */
    public Summary summary(int year) {
        List<IncidentRules.Counted> counted = new HqlFilter("i.occurredOn between :from and :to")
                .with("from", LocalDate.of(year, 1, 1)).with("to", LocalDate.of(year, 12, 31))
                .query("select p.countryCode, p.hostInstitution, i.kind from IncidentEntity i join i.placement p", "",
                        Object[].class)
                .getResultStream()
                .map(row -> new IncidentRules.Counted((String) row[0], (String) row[1], (IncidentRules.Kind) row[2]))
                .toList();
        return new Summary(year, IncidentRules.perHost(counted),
                IncidentRules.count(counted.stream().map(IncidentRules.Counted::kind).toList()));
    }

    /** Reads by anyone but the student go in the student's access log. */
    private List<IncidentEntity> recorded(List<IncidentEntity> incidents) {
        accessLog.recordAll(SensitiveResource.INCIDENT, incidents.stream().map(i -> new AccessLog.Read(
                i.placement.student.studentNumber, String.valueOf(i.id), i.placement.id)).toList());
        return incidents;
    }

    private static HqlFilter filter(IncidentQuery q) {
        return new HqlFilter("1 = 1")
                .and("i.followUp = :followUp", "followUp", q.followUp())
                .and("i.kind = :kind", "kind", q.kind())
                .and("p.countryCode = :country", "country", q.countryCode())
                .and("s.studentNumber = :student", "student", q.studentNumber())
                .and("i.occurredOn >= :from", "from", q.occurredFrom())
                .and("i.occurredOn <= :to", "to", q.occurredTo());
    }
}
