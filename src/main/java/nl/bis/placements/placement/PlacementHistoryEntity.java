package nl.bis.placements.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "placement_history")
public class PlacementHistoryEntity extends PanacheEntityBase {

    public enum Action {
        CREATED,
        UPDATED,
        STATUS_CHANGED,
        FLAGGED_FOR_REVIEW,
        /** The student's address abroad for this placement was set or changed (the address is not repeated). */
        ADDRESS_ABROAD_CHANGED,
        /** An incident was reported during the placement (neither its kind nor its description are repeated). */
        INCIDENT_REPORTED,
        /** A progress-test date now falls in the placement's period. */
        PROGRESS_TEST_CONFLICT,
        /** A progress-test date no longer falls in the placement's period (moved, removed, or the dates changed). */
        PROGRESS_TEST_CONFLICT_ENDED,
        EXEMPTION_REQUESTED,
        EXEMPTION_DECIDED,
        /** The clerkship coordinator approved or refused the placement's self-found host. */
        HOST_APPROVAL_DECIDED,
        /** Personal data of the placement was anonymised (retention ended, or erasure on request). */
        ANONYMISED
    }

    /** One changed field; values as their JSON text ({@code null} when absent). */
    public record FieldChange(String field, String from, String to) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long placementId;

    public Instant changedAt;

    public String changedBy;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    public PlacementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public PlacementStatus toStatus;

    /** The placement's status right after this change. */
    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    public static List<PlacementHistoryEntity> of(long placementId) {
        return list("placementId = ?1 order by id", placementId);
    }
}
