package nl.bis.placements.checklist;

import java.util.Set;
import nl.bis.placements.checklist.ChecklistRules.Blocking;
import nl.bis.placements.checklist.ChecklistRules.DestinationGroup;
import nl.bis.placements.checklist.ChecklistRules.DueAnchor;

/** The editable fields of a checklist template, as staff send them (already checked against the contract). */
public record TemplateInput(String templateSet, String title, String description, boolean enabled,
                            Set<String> placementTypes, Set<DestinationGroup> destinationGroups, boolean minorsOnly,
                            DueAnchor dueAnchor, int offsetDays, boolean evidenceRequired, Blocking blocking) {
}
