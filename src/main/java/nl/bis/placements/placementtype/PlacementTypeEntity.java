package nl.bis.placements.placementtype;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;

    public String description;

    @Column(name = "min_duration_weeks")
    public Integer minDurationWeeks;

    @Column(name = "max_duration_weeks")
    public Integer maxDurationWeeks;

    @Column(name = "recommended_duration_weeks")
    public Integer recommendedDurationWeeks;

    @Column(name = "registration_channel")
    public String registrationChannel;

    @Column(name = "sort_order")
    public int sortOrder;

    public static List<PlacementTypeEntity> listInOrder() {
        return list("order by sortOrder");
    }
}
