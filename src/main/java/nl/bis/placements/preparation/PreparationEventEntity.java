package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.Panache;
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
import nl.bis.placements.common.AuditedEntity;

@Entity
@Table(name = "preparation_event")
public class PreparationEventEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public String title;

    public Instant startsAt;

    public Instant endsAt;

    public String location;

    public int capacity;

    public Instant registrationClosesAt;

    public boolean cancelled;

    public Long seriesId;

    /** Whether a search holds cancelled events too. */
    public enum Cancelled {
        INCLUDED,
        LEFT_OUT
    }

    /** Events by start (then id); each filter applies when given, {@code from} inclusive, {@code until} exclusive. */
    public static List<PreparationEventEntity> search(EventKind kind, Instant from, Instant until,
                                                      Cancelled cancelled) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (from != null) {
            query.append(" and startsAt >= :from");
            parameters.put("from", from);
        }
        if (until != null) {
            query.append(" and startsAt < :to");
            parameters.put("to", until);
        }
        if (cancelled == Cancelled.LEFT_OUT) {
            query.append(" and cancelled = false");
        }
        return list(query + " order by startsAt, id", parameters);
    }

    public static List<PreparationEventEntity> withIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** The sessions of a series, by start. */
    public static List<PreparationEventEntity> sessionsOf(long seriesId) {
        return list("seriesId = ?1 order by startsAt", seriesId);
    }

    /** The starts of the preparation meetings a student attended, earliest first. */
    public static List<Instant> meetingsAttendedBy(String studentNumber) {
        return Panache.getEntityManager().createQuery("""
                        select e.startsAt from EventRegistrationEntity r, PreparationEventEntity e
                         where e.id = r.eventId and r.studentNumber = :student and r.status = :attended
                           and e.kind = :meeting order by e.startsAt""", Instant.class)
                .setParameter("student", studentNumber)
                .setParameter("attended", SeatStatus.ATTENDED)
                .setParameter("meeting", EventKind.PREPARATION_MEETING)
                .getResultList();
    }
}
