package nl.bis.placements.placement;

import nl.bis.placements.student.StudentEntity;
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
import nl.bis.placements.common.AuditedEntity;

@Entity
@Table(name = "placement")
public class PlacementEntity extends AuditedEntity {

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
}
