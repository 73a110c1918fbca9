package nl.bis.placements.placement;

import io.quarkus.panache.common.Parameters;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.bis.placements.common.AuditedEntity;
import nl.bis.placements.student.StudentEntity;

@Entity
@Table(name = "placement")
public class PlacementEntity extends AuditedEntity {

    /** Placements that no longer take the student abroad: they neither overlap nor come next. */
    private static final Set<PlacementStatus> CALLED_OFF = Set.of(PlacementStatus.REJECTED, PlacementStatus.WITHDRAWN);

    /** The student is abroad on {@code :on}: the placement is ABROAD, or APPROVED with the date within its dates. */
    private static final String ABROAD_ON = "(p.status = :abroad or (p.status = :approved"
            + " and p.departureDate <= :on and p.returnDate >= :on))";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_number")
    public StudentEntity student;

    public String placementType;

    public String countryCode;

    public String city;

    public String hostInstitution;

    public LocalDate departureDate;

    public LocalDate returnDate;

    public String discipline;

    public boolean extraCurricular;

    public String notes;

    public boolean parentalConsent;

    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    public Instant registeredAt;

    public LocalDate registeredOn;

    public LocalDate registrationCutoff;

    public Long registrationRuleId;

    public boolean late;

    public String lateReason;

    /** Set when the travel advice for the destination turned orange or red while the placement was on. */
    public boolean flaggedForReview;

    /** The id of the registration in KL-app, for placements that came from there. */
    public String klAppId;

    public int durationWeeks() {
        return PlacementChecks.durationWeeks(departureDate, returnDate);
    }

    /** The placement with its student loaded, or null. */
    public static PlacementEntity withStudent(long id) {
        return find("from PlacementEntity p join fetch p.student where p.id = ?1", id).firstResult();
    }

    /** The placement that came from a KL-app registration, if any. */
    public static Optional<PlacementEntity> byKlAppId(String klAppId) {
        return find("klAppId", klAppId).firstResultOptional();
    }

    /** A placement of the student, other than {@code exceptId}, that is not called off and overlaps the dates. */
    public static PlacementEntity overlapping(StudentEntity student, LocalDate from, LocalDate until, Long exceptId) {
        return find("student = ?1 and status not in ?2 and departureDate <= ?3 and returnDate >= ?4 and id <> ?5",
                student, CALLED_OFF, until, from, exceptId == null ? -1L : exceptId).firstResult();
    }

    /** Placements of a student departing after a date and not called off, earliest first. */
    public static List<PlacementEntity> activeAfter(String studentNumber, LocalDate after) {
        return list("student.studentNumber = ?1 and departureDate > ?2 and status not in ?3 order by departureDate",
                studentNumber, after, CALLED_OFF);
    }

    /** APPROVED or ABROAD placements in a country that are not flagged for review yet. */
    public static List<PlacementEntity> unflaggedUnderwayIn(String countryCode) {
        return list("countryCode = ?1 and status in ?2 and flaggedForReview = false", countryCode,
                Set.of(PlacementStatus.APPROVED, PlacementStatus.ABROAD));
    }

    /**
     * Placements whose student is abroad on a date: {@code ABROAD} (until the return is recorded, whatever the planned
     * dates), or {@code APPROVED} with the date between departure and return; only in these countries unless null.
     * With their students, by country, student name and number, and id.
     */
    public static List<PlacementEntity> abroadOn(LocalDate on, Collection<String> countryCodes) {
        if (countryCodes != null && countryCodes.isEmpty()) {
            return List.of();
        }
        return find("from PlacementEntity p join fetch p.student s where " + ABROAD_ON
                        + (countryCodes == null ? "" : " and p.countryCode in :countries")
                        + " order by p.countryCode, s.name, s.studentNumber, p.id",
                abroadOnParameters(on, countryCodes)).list();
    }

    /** How many placements in a country have their student abroad on a date (as {@link #abroadOn} lists them). */
    public static long countAbroadOn(String countryCode, LocalDate on) {
        return count("from PlacementEntity p where " + ABROAD_ON + " and p.countryCode in :countries",
                abroadOnParameters(on, List.of(countryCode)));
    }

    private static Parameters abroadOnParameters(LocalDate on, Collection<String> countryCodes) {
        Parameters parameters = Parameters.with("abroad", PlacementStatus.ABROAD)
                .and("approved", PlacementStatus.APPROVED).and("on", on);
        return countryCodes == null ? parameters : parameters.and("countries", countryCodes);
    }

    /** Placements with one of the statuses departing from a day to a day (inclusive), with their students, by id. */
    public static List<PlacementEntity> departingBetween(LocalDate from, LocalDate to,
                                                         Collection<PlacementStatus> statuses) {
        return find("from PlacementEntity p join fetch p.student where p.status in ?1 and p.departureDate between ?2"
                + " and ?3 order by p.id", statuses, from, to).list();
    }

    /** Placements with one of the statuses returning from a day to a day (inclusive), with their students, by id. */
    public static List<PlacementEntity> returningBetween(LocalDate from, LocalDate to,
                                                         Collection<PlacementStatus> statuses) {
        return find("from PlacementEntity p join fetch p.student where p.status in ?1 and p.returnDate between ?2"
                + " and ?3 order by p.id", statuses, from, to).list();
    }

    /** Whether a deadline rule judged any registration. */
    public static boolean anyJudgedBy(long ruleId) {
        return count("registrationRuleId", ruleId) > 0;
    }
}
