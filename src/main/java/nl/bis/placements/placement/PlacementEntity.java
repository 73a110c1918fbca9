package nl.bis.placements.placement;

import nl.bis.placements.student.StudentEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "placement")
public class PlacementEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_number")
    public StudentEntity student;

    @Column(name = "placement_type")
    public String placementType;

    @Column(name = "country_code")
    public String countryCode;

    public String city;

    @Column(name = "host_institution")
    public String hostInstitution;

    @Column(name = "departure_date")
    public LocalDate departureDate;

    @Column(name = "return_date")
    public LocalDate returnDate;

    public String discipline;

    @Column(name = "extra_curricular")
    public boolean extraCurricular;

    public String notes;

    @Column(name = "parental_consent")
    public boolean parentalConsent;

    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Column(name = "registration_cutoff")
    public LocalDate registrationCutoff;

    @Column(name = "registration_rule_id")
    public Long registrationRuleId;

    public boolean late;

    @Column(name = "late_reason")
    public String lateReason;

    /** Set when the travel advice for the destination turned orange or red while the placement was on. */
    @Column(name = "flagged_for_review")
    public boolean flaggedForReview;

    /** The id of the registration in KL-app, for placements that came from there. */
    @Column(name = "kl_app_id")
    public String klAppId;

    @Version
    public long version;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public int durationWeeks() {
        return PlacementChecks.durationWeeks(departureDate, returnDate);
    }
}
