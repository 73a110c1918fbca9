package nl.bis.placements.klapp;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Integration state of one KL-app registration; its row is the lock that serialises its deliveries. */
@Entity
@Table(name = "kl_app_registration")
public class KlAppRegistrationEntity extends PanacheEntityBase {

    @Id
    public String klAppId;

    /** The last change refused because the placement was already approved, waiting for staff review. */
    @JdbcTypeCode(SqlTypes.JSON)
    public KlAppPayload pendingChange;

    public Instant pendingSince;

    /** Creates the registration's row if needed and locks it until the transaction ends. */
    public static KlAppRegistrationEntity lock(String klAppId) {
        Panache.getEntityManager()
                .createNativeQuery("insert into kl_app_registration (kl_app_id) values (:id) on conflict do nothing")
                .setParameter("id", klAppId)
                .executeUpdate();
        return findById(klAppId, LockModeType.PESSIMISTIC_WRITE);
    }
}
