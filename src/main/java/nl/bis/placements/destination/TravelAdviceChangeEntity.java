package nl.bis.placements.destination;

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

@Entity
@Table(name = "travel_advice_change")
public class TravelAdviceChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String countryCode;

    @Enumerated(EnumType.STRING)
    public TravelAdvice fromAdvice;

    @Enumerated(EnumType.STRING)
    public TravelAdvice toAdvice;

    public String reason;

    public int flaggedPlacements;

    public Instant changedAt;

    public String changedBy;

    /** A destination's travel advice changes, oldest first. */
    public static List<TravelAdviceChangeEntity> of(String countryCode) {
        return list("countryCode = ?1 order by id", countryCode);
    }
}
