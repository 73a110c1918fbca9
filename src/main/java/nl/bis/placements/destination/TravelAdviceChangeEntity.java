package nl.bis.placements.destination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "travel_advice_change")
public class TravelAdviceChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "country_code")
    public String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_advice")
    public TravelAdvice fromAdvice;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_advice")
    public TravelAdvice toAdvice;

    public String reason;

    @Column(name = "flagged_placements")
    public int flaggedPlacements;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;
}
