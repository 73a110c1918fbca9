package nl.bis.placements.deadline;

import java.time.LocalDate;

/** A rule as staff write it (create or replace). Bean validation of the contract has checked presence and sizes. */
public record RuleInput(String placementType, RuleKind kind, String leadTime, LocalDate validFrom,
                        LocalDate validUntil, String description) {
}
