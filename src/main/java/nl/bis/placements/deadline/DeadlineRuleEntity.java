package nl.bis.placements.deadline;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.AuditedEntity;

@Entity
@Table(name = "deadline_rule")
public class DeadlineRuleEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String placementType;

    @Enumerated(EnumType.STRING)
    public RuleKind kind;

    /** The ISO-8601 period as written, see {@link LeadTimes}. */
    public String leadTime;

    public LocalDate validFrom;

    public LocalDate validUntil;

    public String description;

    public boolean retired;

    public RuleTerms terms() {
        return new RuleTerms(id, placementType, kind, LeadTimes.parse(leadTime), validFrom, validUntil);
    }

    /** Rules in force (not retired), the only ones that apply to new registrations. */
    public static List<DeadlineRuleEntity> inForce() {
        return list("retired = false");
    }

    public static List<DeadlineRuleEntity> inForce(String placementType) {
        return list("retired = false and placementType = ?1", placementType);
    }

    public static List<DeadlineRuleEntity> search(String placementType, LocalDate activeOn, boolean includeRetired) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (placementType != null) {
            query.append(" and placementType = :type");
            parameters.and("type", placementType);
        }
        if (activeOn != null) {
            query.append(" and validFrom <= :day and (validUntil is null or validUntil >= :day)");
            parameters.and("day", activeOn);
        }
        if (!includeRetired) {
            query.append(" and retired = false");
        }
        query.append(" order by placementType, kind, validFrom, id");
        return list(query.toString(), parameters);
    }

    /** Rules in force of the same type and kind, other than {@code exceptId}, whose window overlaps the given one. */
    public static List<DeadlineRuleEntity> overlapping(String placementType, RuleKind kind, LocalDate from,
                                                       LocalDate until, Long exceptId) {
        List<DeadlineRuleEntity> sameKind = list("placementType = ?1 and kind = ?2 and retired = false and id <> ?3",
                placementType, kind, exceptId == null ? -1L : exceptId);
        return sameKind.stream()
                .filter(r -> RuleTerms.windowsOverlap(from, until, r.validFrom, r.validUntil))
                .toList();
    }
}
