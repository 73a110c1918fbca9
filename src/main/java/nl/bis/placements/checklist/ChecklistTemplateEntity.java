package nl.bis.placements.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.bis.placements.checklist.ChecklistRules.Blocking;
import nl.bis.placements.checklist.ChecklistRules.DestinationGroup;
import nl.bis.placements.checklist.ChecklistRules.DueAnchor;
import nl.bis.placements.common.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A thing to arrange before departure or after return, and to which placements it applies. */
@Entity
@Table(name = "checklist_template")
public class ChecklistTemplateEntity extends AuditedEntity {

    @Id
    public String code;

    public String templateSet;

    public String title;

    public String description;

    public boolean enabled;

    /** Placement type codes; empty: every type. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> placementTypes;

    /** Empty: every destination. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DestinationGroup> destinationGroups;

    public boolean minorsOnly;

    @Enumerated(EnumType.STRING)
    public DueAnchor dueAnchor;

    public int offsetDays;

    public boolean evidenceRequired;

    @Enumerated(EnumType.STRING)
    public Blocking blocking;

    public ChecklistRules.Terms terms() {
        return new ChecklistRules.Terms(new LinkedHashSet<>(placementTypes),
                destinationGroups.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(destinationGroups), minorsOnly,
                dueAnchor, offsetDays);
    }

    /** Every template, by set and code. */
    public static List<ChecklistTemplateEntity> listInOrder() {
        return list("order by templateSet, code");
    }

    public static List<ChecklistTemplateEntity> ofSet(String templateSet) {
        return list("templateSet = ?1 order by code", templateSet);
    }

    /** The templates that apply to placements now: enabled, in an enabled set. */
    public static List<ChecklistTemplateEntity> inForce() {
        return list("""
                from ChecklistTemplateEntity t where t.enabled = true
                and t.templateSet in (select s.code from ChecklistTemplateSetEntity s where s.enabled = true)
                order by t.code""");
    }
}
