package nl.bis.placements.destination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String countryCode;

    public String nameEn;

    public String region;

    public String cbsClassification;

    public boolean caribbeanPartOfKingdom;

    public boolean requiresPreparationMeeting;

    @Enumerated(EnumType.STRING)
    public TravelAdvice travelAdvice;

    public Instant travelAdviceChangedAt;

    public String travelAdviceChangedBy;

    @Version
    public long version;
}
