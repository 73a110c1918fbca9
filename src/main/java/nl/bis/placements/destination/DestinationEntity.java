package nl.bis.placements.destination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

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

    /** A member state of the EU or the EEA (or one of the EU's outermost regions). */
    public boolean euEea;

    public boolean requiresPreparationMeeting;

    @Enumerated(EnumType.STRING)
    public TravelAdvice travelAdvice;

    public Instant travelAdviceChangedAt;

    public String travelAdviceChangedBy;

    @Version
    public long version;

    /** Destinations by country code; each filter applies when given. */
    public static List<DestinationEntity> search(String region, Boolean requiresPreparationMeeting,
                                                 TravelAdvice travelAdvice) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (region != null) {
            query.append(" and region = :region");
            parameters.and("region", region);
        }
        if (requiresPreparationMeeting != null) {
            query.append(" and requiresPreparationMeeting = :meeting");
            parameters.and("meeting", requiresPreparationMeeting);
        }
        if (travelAdvice != null) {
            query.append(" and travelAdvice = :advice");
            parameters.and("advice", travelAdvice);
        }
        return list(query + " order by countryCode", parameters);
    }
}
