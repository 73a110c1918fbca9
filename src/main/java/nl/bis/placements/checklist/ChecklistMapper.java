package nl.bis.placements.checklist;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bis.placements.api.model.ChecklistBlocking;
import nl.bis.placements.api.model.ChecklistItem;
import nl.bis.placements.api.model.ChecklistItemState;
import nl.bis.placements.api.model.ChecklistTemplate;
import nl.bis.placements.api.model.ChecklistTemplateInput;
import nl.bis.placements.api.model.ChecklistTemplateSet;
import nl.bis.placements.api.model.DestinationGroup;
import nl.bis.placements.api.model.DueAnchor;
import nl.bis.placements.api.model.NewChecklistTemplate;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.Instants;

/** Between the generated models of the checklists and the checklist's entities and rules. */
public final class ChecklistMapper {

    private ChecklistMapper() {
    }

    /** An item as the contract shows it; {@code today} (in the service's zone) decides whether it is overdue. */
    public static ChecklistItem toApi(ChecklistItemEntity item, LocalDate today) {
        ChecklistTemplateEntity template = item.template;
        return new ChecklistItem()
                .id(item.id)
                .placementId(item.placement.id)
                .studentNumber(item.placement.student.studentNumber)
                .placementType(PlacementTypeCode.fromValue(item.placement.placementType))
                .countryCode(item.placement.countryCode)
                .templateCode(template.code)
                .templateSet(template.templateSet)
                .title(template.title)
                .description(template.description)
                .blocking(ChecklistBlocking.fromValue(template.blocking.name()))
                .evidenceRequired(template.evidenceRequired)
                .dueDate(item.dueDate)
                .state(ChecklistItemState.fromValue(item.state.name()))
                .applicable(item.applicable)
                .overdue(ChecklistRules.isOverdue(item.state, item.applicable, item.dueDate, today))
                .settled(ChecklistRules.settled(item.state, template.evidenceRequired))
                .doneAt(Instants.utc(item.doneAt))
                .doneBy(item.doneBy)
                .verifiedAt(Instants.utc(item.verifiedAt))
                .verifiedBy(item.verifiedBy)
                .comment(item.comment)
                .commentedBy(item.commentedBy)
                .commentedAt(Instants.utc(item.commentedAt))
                .version(item.version);
    }

    static ChecklistTemplate toApi(ChecklistTemplates.TemplateView view) {
        ChecklistTemplateEntity t = view.template();
        return new ChecklistTemplate()
                .code(t.code)
                .templateSet(t.templateSet)
                .templateSetEnabled(view.setEnabled())
                .title(t.title)
                .description(t.description)
                .enabled(t.enabled)
                .placementTypes(t.placementTypes.stream().map(PlacementTypeCode::fromValue).toList())
                .destinationGroups(t.destinationGroups.stream().map(g -> DestinationGroup.fromValue(g.name())).toList())
                .minorsOnly(t.minorsOnly)
                .dueAnchor(DueAnchor.fromValue(t.dueAnchor.name()))
                .offsetDays(t.offsetDays)
                .evidenceRequired(t.evidenceRequired)
                .blocking(ChecklistBlocking.fromValue(t.blocking.name()))
                .version(t.version)
                .createdBy(t.createdBy)
                .createdAt(Instants.utc(t.createdAt))
                .updatedBy(t.updatedBy)
                .updatedAt(Instants.utc(t.updatedAt));
    }

    static ChecklistTemplateSet toApi(ChecklistTemplates.SetView view) {
        return new ChecklistTemplateSet()
                .code(view.set().code)
                .enabled(view.set().enabled)
                .templates(view.templates())
                .version(view.set().version)
                .updatedBy(view.set().updatedBy)
                .updatedAt(Instants.utc(view.set().updatedAt));
    }

    static TemplateInput toInput(NewChecklistTemplate in) {
        return new TemplateInput(in.getTemplateSet(), in.getTitle(), in.getDescription(), in.getEnabled(),
                types(in.getPlacementTypes()), groups(in.getDestinationGroups()), Boolean.TRUE.equals(in.getMinorsOnly()),
                ChecklistRules.DueAnchor.valueOf(in.getDueAnchor().name()), in.getOffsetDays(),
                in.getEvidenceRequired(), ChecklistRules.Blocking.valueOf(in.getBlocking().name()));
    }

    static TemplateInput toInput(ChecklistTemplateInput in) {
        return new TemplateInput(in.getTemplateSet(), in.getTitle(), in.getDescription(), in.getEnabled(),
                types(in.getPlacementTypes()), groups(in.getDestinationGroups()), Boolean.TRUE.equals(in.getMinorsOnly()),
                ChecklistRules.DueAnchor.valueOf(in.getDueAnchor().name()), in.getOffsetDays(),
                in.getEvidenceRequired(), ChecklistRules.Blocking.valueOf(in.getBlocking().name()));
    }

    private static Set<String> types(Set<PlacementTypeCode> types) {
        return types == null ? Set.of()
                : types.stream().map(PlacementTypeCode::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<ChecklistRules.DestinationGroup> groups(Set<DestinationGroup> groups) {
        Set<ChecklistRules.DestinationGroup> mapped = EnumSet.noneOf(ChecklistRules.DestinationGroup.class);
        if (groups != null) {
            groups.forEach(g -> mapped.add(ChecklistRules.DestinationGroup.valueOf(g.name())));
        }
        return mapped;
    }

}
