package nl.bis.placements.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.AuditedEntity;
import nl.bis.placements.incident.IncidentRules.FollowUp;
import nl.bis.placements.incident.IncidentRules.Kind;
import nl.bis.placements.placement.PlacementEntity;

/** An incident a student (or staff for them) reported during a placement; who reported it is {@code createdBy}. */
@Entity
@Table(name = "incident")
public class IncidentEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id")
    public PlacementEntity placement;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public LocalDate occurredOn;

    public String location;

    public String description;

    /** Null for the kinds that need no follow-up. */
    @Enumerated(EnumType.STRING)
    public FollowUp followUp;

    public LocalDate handledOn;

    public String followUpNote;

    public String handledBy;

    public Instant handledAt;

    /** The incident with its placement and student loaded, or null. */
    public static IncidentEntity withPlacement(long id) {
        return find("from IncidentEntity i join fetch i.placement p join fetch p.student where i.id = ?1", id)
                .firstResult();
    }

    /** The incidents of a placement, in the order they happened. */
    public static List<IncidentEntity> ofPlacement(long placementId) {
        return list("""
                from IncidentEntity i join fetch i.placement p join fetch p.student
                where p.id = ?1 order by i.occurredOn, i.id""", placementId);
    }

    public static long countOf(long placementId) {
        return count("placement.id", placementId);
    }
}
