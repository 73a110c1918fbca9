package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.common.Stamped;

@Entity
@Table(name = "event_registration")
public class EventRegistrationEntity extends PanacheEntityBase implements Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long eventId;

    public String studentNumber;

    @Enumerated(EnumType.STRING)
    public SeatStatus status;

    /** Arrival order: the waitlist is served earliest first (then by id). */
    public Instant queuedAt;

    public String createdBy;

    public String updatedBy;

    public Instant updatedAt;

    /**
     * Its table keeps no {@code created_at} and no version (so it is not an {@code AuditedEntity}): a new
     * registration's first update, stamped by {@code Audit}, is its creation, and it queues from that moment.
     */
    public void queuedAsUpdated() {
        createdBy = updatedBy;
        queuedAt = updatedAt;
    }

    @Override
    public void updated(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    /** The student's registration for the event that is not cancelled, or null. */
    public static EventRegistrationEntity live(long eventId, String studentNumber) {
        return find("eventId = ?1 and studentNumber = ?2 and status <> ?3", eventId, studentNumber,
                SeatStatus.CANCELLED).firstResult();
    }

    /** An event's registrations in arrival order. */
    public static List<EventRegistrationEntity> ofEvent(long eventId) {
        return list("eventId = ?1 order by queuedAt, id", eventId);
    }

    public static List<EventRegistrationEntity> ofStudent(String studentNumber) {
        return list("studentNumber = ?1", studentNumber);
    }

    /** An event's registrations that hold a seat or wait for one (not cancelled, not yet attended), in arrival order. */
    public static List<EventRegistrationEntity> signedUp(long eventId) {
        return list("eventId = ?1 and status in ?2 order by queuedAt, id", eventId,
                Set.of(SeatStatus.CONFIRMED, SeatStatus.WAITLISTED));
    }

    /** The first {@code count} of an event's waitlist, in arrival order. */
    public static List<EventRegistrationEntity> firstWaitlisted(long eventId, int count) {
        return find("eventId = ?1 and status = ?2 order by queuedAt, id", eventId, SeatStatus.WAITLISTED)
                .page(0, count).list();
    }

    /** How many of an event's registrations have one of the statuses. */
    public static int countWith(long eventId, Set<SeatStatus> statuses) {
        return Math.toIntExact(count("eventId = ?1 and status in ?2", eventId, statuses));
    }

    /** How many are ahead of a waitlisted registration on its event's waitlist. */
    public static int waitlistedBefore(EventRegistrationEntity registration) {
        return Math.toIntExact(count("eventId = ?1 and status = ?2 and (queuedAt < ?3 or (queuedAt = ?3 and id < ?4))",
                registration.eventId, SeatStatus.WAITLISTED, registration.queuedAt, registration.id));
    }

    /**
     * For each of these waitlisted registrations, how many are ahead of it on its event's waitlist, by registration
     * id, in one query.
     */
    public static Map<Long, Integer> waitlistedBefore(Collection<Long> registrationIds) {
        Map<Long, Integer> ahead = new HashMap<>();
        if (registrationIds.isEmpty()) {
            return ahead;
        }
        Panache.getEntityManager().createQuery("""
                        select r.id, (select count(w) from EventRegistrationEntity w
                                       where w.eventId = r.eventId and w.status = :waitlisted
                                         and (w.queuedAt < r.queuedAt or (w.queuedAt = r.queuedAt and w.id < r.id)))
                          from EventRegistrationEntity r where r.id in :ids""", Object[].class)
                .setParameter("waitlisted", SeatStatus.WAITLISTED)
                .setParameter("ids", registrationIds)
                .getResultList()
                .forEach(row -> ahead.put((Long) row[0], Math.toIntExact((Long) row[1])));
        return ahead;
    }

    /** Rows of (event id, status, number of registrations) for the events. */
    public static List<Object[]> countsByStatus(Collection<Long> eventIds) {
        return Panache.getEntityManager().createQuery("""
                        select r.eventId, r.status, count(r) from EventRegistrationEntity r
                         where r.eventId in :ids group by r.eventId, r.status""", Object[].class)
                .setParameter("ids", eventIds)
                .getResultList();
    }
}
