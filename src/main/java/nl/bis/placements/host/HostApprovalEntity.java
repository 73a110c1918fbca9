package nl.bis.placements.host;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.common.AuditedEntity;
import org.hibernate.Timeouts;

/**
 * The coordinator's approval of the host of one placement: the host as the placement named it, pending until decided.
 * Only the approval for the placement's host now is {@code current}.
 */
@Entity
@Table(name = "host_approval")
public class HostApprovalEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long placementId;

    public String hostName;

    public String hostKey;

    public String city;

    public String countryCode;

    public String placementType;

    @Enumerated(EnumType.STRING)
    public HostRules.Status status;

    public boolean current;

    public String reason;

    public String decidedBy;

    public Instant decidedAt;

    public Long hostId;

    public static Optional<HostApprovalEntity> currentOf(long placementId) {
        return find("placementId = ?1 and current = true", placementId).firstResultOptional();
    }

    /** Every approval a placement has had, oldest first. */
    public static List<HostApprovalEntity> allOf(long placementId) {
        return list("placementId = ?1 order by id", placementId);
    }

    /**
     * The current pending approvals at a host for a type, locked, skipping those another transaction holds: that one is
     * deciding them itself, and waiting for it could close a circle of waits (each decision also adds the host).
     */
    public static List<HostApprovalEntity> pendingAtUnlessBusy(String hostKey, String countryCode,
                                                               String placementType) {
        return find("hostKey = ?1 and countryCode = ?2 and placementType = ?3 and current = true and status = ?4",
                hostKey, countryCode, placementType, HostRules.Status.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .list();
    }
}
