package nl.bis.placements.placementtype;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A placement type: reference data seeded by migration, read-only for the service. */
@Entity
@Table(name = "placement_type")
public class PlacementTypeEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String nameNl;

    public String nameEn;

    public String description;

    public Integer minDurationWeeks;

    public Integer maxDurationWeeks;

    public Integer recommendedDurationWeeks;

    public String registrationChannel;

    public int sortOrder;

    public static List<PlacementTypeEntity> listInOrder() {
        return list("order by sortOrder");
    }
}
