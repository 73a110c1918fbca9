package nl.bis.placements.readiness;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.CreatedEntity;

/** A waiver or a recorded result for one requirement of one placement. */
@Entity
@Table(name = "readiness_entry")
public class ReadinessEntryEntity extends CreatedEntity {

    public enum Kind {
        WAIVER,
        RECORD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long placementId;

    @Enumerated(EnumType.STRING)
    public ReadinessCheck.Code requirement;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String reason;

    public String result;

    public LocalDate recordedOn;

    public static List<ReadinessEntryEntity> ofPlacement(long placementId) {
        return list("placementId", placementId);
    }

    /** The waiver or record of one requirement of a placement, or null. */
    public static ReadinessEntryEntity of(long placementId, ReadinessCheck.Code requirement, Kind kind) {
        return find("placementId = ?1 and requirement = ?2 and kind = ?3", placementId, requirement, kind)
                .firstResult();
    }
}
