package nl.bis.placements.placement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A placement as it is answered: its own columns and its student's. A read that only answers reads this in one select,
 * without managed entities (see {@link PlacementQueries#view}); a change maps the entity it changed to it.
 */
record PlacementView(long id, String studentNumber, String studentName, String studentEmail, LocalDate birthDate,
                     String placementType, String countryCode, String city, String hostInstitution,
                     LocalDate departureDate, LocalDate returnDate, String discipline, boolean extraCurricular,
                     String notes, boolean parentalConsent, PlacementStatus status, Instant registeredAt,
                     LocalDate registrationCutoff, Long registrationRuleId, boolean late, String lateReason,
                     boolean flaggedForReview, long version, String createdBy, Instant createdAt, String updatedBy,
                     Instant updatedAt) {

    /** The select list of the constructor expression, in the order of the components; {@code p} and {@code s}. */
    static final String SELECT = "select new nl.bis.placements.placement.PlacementView(p.id, s.studentNumber, s.name,"
            + " s.email, s.birthDate, p.placementType, p.countryCode, p.city, p.hostInstitution, p.departureDate,"
            + " p.returnDate, p.discipline, p.extraCurricular, p.notes, p.parentalConsent, p.status, p.registeredAt,"
            + " p.registrationCutoff, p.registrationRuleId, p.late, p.lateReason, p.flaggedForReview, p.version,"
            + " p.createdBy, p.createdAt, p.updatedBy, p.updatedAt)"
            + " from PlacementEntity p join p.student s";

    static PlacementView of(PlacementEntity p) {
        return new PlacementView(p.id, p.student.studentNumber, p.student.name, p.student.email, p.student.birthDate,
                p.placementType, p.countryCode, p.city, p.hostInstitution, p.departureDate, p.returnDate, p.discipline,
                p.extraCurricular, p.notes, p.parentalConsent, p.status, p.registeredAt, p.registrationCutoff,
                p.registrationRuleId, p.late, p.lateReason, p.flaggedForReview, p.version, p.createdBy, p.createdAt,
                p.updatedBy, p.updatedAt);
    }

    int durationWeeks() {
        return PlacementChecks.durationWeeks(departureDate, returnDate);
    }
}
