package nl.bis.placements.checklist;

import java.time.LocalDate;
import nl.bis.placements.checklist.ChecklistRules.ItemState;

/** The filters of a listing of checklist items; null means "any". */
public record ChecklistItemQuery(Boolean overdue, String templateCode, String placementType, String countryCode,
                                 String studentNumber, ItemState state, LocalDate dueBefore) {
}
