package nl.bis.placements.host;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.common.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An institution or practice in the register, with the placement types it is approved for. */
@Entity
@Table(name = "host")
public class HostEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** {@link HostRules#key} of the name. */
    public String nameKey;

    public String city;

    public String countryCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> placementTypes;

    public String contactName;

    public String contactEmail;

    public String contactPhone;

    public String notes;

    public boolean active;

    /** The host of a name in a country, if registered (active or not). */
    public static Optional<HostEntity> byKey(String nameKey, String countryCode, LockModeType lock) {
        return find("nameKey = ?1 and countryCode = ?2", nameKey, countryCode).withLock(lock).firstResultOptional();
    }

    /** Whether an active host of the name in the country is approved for the type. */
    public static boolean approvedFor(String nameKey, String countryCode, String placementType) {
        return byKey(nameKey, countryCode, LockModeType.NONE)
                .filter(h -> h.active && h.placementTypes.contains(placementType)).isPresent();
    }
}
