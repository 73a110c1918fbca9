package nl.bis.placements.klapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Integration state of one KL-app registration; its row is the lock that serialises its deliveries. */
@Entity
@Table(name = "kl_app_registration")
public class KlAppRegistrationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "kl_app_id")
    public String klAppId;

    /** The last change refused because the placement was already approved, waiting for staff review. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_change")
    public KlAppPayload pendingChange;

    @Column(name = "pending_since")
    public Instant pendingSince;
}
