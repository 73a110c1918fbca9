package nl.bis.placements.incident;

import java.time.LocalDate;
import nl.bis.placements.incident.IncidentRules.FollowUp;
import nl.bis.placements.incident.IncidentRules.Kind;

/** The filters of a listing of incidents; null means "any". */
public record IncidentQuery(FollowUp followUp, Kind kind, String countryCode, String studentNumber,
                            LocalDate occurredFrom, LocalDate occurredTo) {
}
