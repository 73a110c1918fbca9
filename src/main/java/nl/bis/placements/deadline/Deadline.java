package nl.bis.placements.deadline;

import java.time.LocalDate;
import java.time.Period;

/**
 * The deadlines of one placement type for one departure date, as seen on {@code today}. Cutoff fields are null when
 * no registration rule applies; advisory fields are null when no advisory rule applies.
 */
public record Deadline(String placementType, LocalDate departureDate, LocalDate today,
                       LocalDate registrationCutoff, Long ruleId, Period leadTime,
                       LocalDate advisoryDate, Long advisoryRuleId,
                       Integer daysRemaining, DeadlineStatus status) {
}
