package nl.bis.placements.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import nl.bis.placements.common.AuditedEntity;

/** A set of checklist templates (such as the faculty's STAGEMAP), switched on or off as a whole. */
@Entity
@Table(name = "checklist_template_set")
public class ChecklistTemplateSetEntity extends AuditedEntity {

    @Id
    public String code;

    public boolean enabled;

    public static List<ChecklistTemplateSetEntity> listInOrder() {
        return list("order by code");
    }
}
