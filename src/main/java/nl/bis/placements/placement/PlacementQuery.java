package nl.bis.placements.placement;

import java.time.LocalDate;

/** The filters of a placement listing; null means "any". */
public record PlacementQuery(PlacementStatus status, String placementType, String countryCode, LocalDate departureFrom,
                             LocalDate departureTo, Boolean late, String studentNumber, String text) {
}
