package nl.bis.placements.usmleclaim;

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
@Table(name = "usmle_claim_history")
public class UsmleClaimHistoryEntity extends PanacheEntityBase {

    public enum Action {
        CREATED,
        UPDATED,
        DOCUMENT_ADDED,
        DOCUMENT_REMOVED,
        STATUS_CHANGED
    }

    /** One changed member; values as text ({@code null} when absent). */
    public record FieldChange(String field, String from, String to) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long usmleClaimId;

    public Instant changedAt;

    public String changedBy;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public ClaimStatus toStatus;

    /** The claim's status right after this change. */
    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    public static List<UsmleClaimHistoryEntity> of(long claimId) {
        return list("usmleClaimId = ?1 order by id", claimId);
    }
}
