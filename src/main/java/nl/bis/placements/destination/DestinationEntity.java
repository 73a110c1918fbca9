package nl.bis.placements.destination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A country: reference data from migration, with the travel advice that staff keep current. */
@Entity
@Table(name = "destination")
public class DestinationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "name_en")
    public String nameEn;

    public String region;

    @Column(name = "cbs_classification")
    public String cbsClassification;

    @Column(name = "caribbean_part_of_kingdom")
    public boolean caribbeanPartOfKingdom;

    @Column(name = "requires_preparation_meeting")
    public boolean requiresPreparationMeeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "travel_advice")
    public TravelAdvice travelAdvice;

    @Column(name = "travel_advice_changed_at")
    public Instant travelAdviceChangedAt;

    @Column(name = "travel_advice_changed_by")
    public String travelAdviceChangedBy;

    @Version
    public long version;
}
