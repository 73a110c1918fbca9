package nl.bis.placements.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.checklist.ChecklistRules.ItemState;
import nl.bis.placements.common.AuditedEntity;
import nl.bis.placements.placement.PlacementEntity;

/** One thing of a placement's checklist, made from a template that applies (or applied) to the placement. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItemEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id")
    public PlacementEntity placement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_code")
    public ChecklistTemplateEntity template;

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ItemState state;

    /** False when the template no longer applies to the placement; the item is kept as it was. */
    public boolean applicable;

    public Instant doneAt;

    public String doneBy;

    public Instant verifiedAt;

    public String verifiedBy;

    /** The office's comment, kept when the item is sent back to the student. */
    public String comment;

    public String commentedBy;

    public Instant commentedAt;

    /** The items of a placement with their templates, by due date and code. */
    public static List<ChecklistItemEntity> ofPlacement(long placementId) {
        return list("""
                from ChecklistItemEntity i join fetch i.template t join fetch i.placement p join fetch p.student
                where p.id = ?1 order by i.dueDate, t.code""", placementId);
    }

    /** The item with its template, placement and student loaded, or null. */
    public static ChecklistItemEntity withPlacement(long id) {
        return find("""
                from ChecklistItemEntity i join fetch i.template join fetch i.placement p join fetch p.student
                where i.id = ?1""", id).firstResult();
    }

    /** The items of a placement, for recomputing them (their templates are loaded with the templates). */
    public static List<ChecklistItemEntity> ofPlacementOnly(long placementId) {
        return list("placement.id", placementId);
    }

    /** Whether any item of the template was done or verified (it is then a record that stays). */
    public static boolean anySettledOf(String templateCode) {
        return count("template.code = ?1 and state <> ?2", templateCode, ItemState.OPEN) > 0;
    }

    public static List<ChecklistItemEntity> ofTemplate(String templateCode) {
        return list("template.code", templateCode);
    }
}
