package nl.bis.placements.safety;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bis.placements.common.AuditedEntity;

/** Where the student lives during a placement; the country is the placement's. */
@Entity
@Table(name = "address_abroad")
public class AddressAbroadEntity extends AuditedEntity {

    @Id
    public Long placementId;

    public String addressLine1;

    public String addressLine2;

    public String postalCode;

    public String city;

    /** The addresses of these placements by placement id, in one query; a placement without one is left out. */
    static Map<Long, AddressAbroadEntity> ofPlacements(Collection<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        return AddressAbroadEntity.<AddressAbroadEntity>list("placementId in ?1", placementIds).stream()
                .collect(Collectors.toMap(a -> a.placementId, Function.identity()));
    }
}
