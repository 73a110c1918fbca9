package nl.bis.placements.usmleclaim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.common.AuditedEntity;
import nl.bis.placements.student.StudentEntity;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "usmle_claim")
public class UsmleClaimEntity extends AuditedEntity {

    /** The statuses of a claim that is its student's claim of its step (the index usmle_claim_one_per_step). */
    private static final List<ClaimStatus> COUNTING = Arrays.stream(ClaimStatus.values())
            .filter(UsmleClaimLifecycle::counts).toList();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_number")
    public StudentEntity student;

    @Enumerated(EnumType.STRING)
    public Step step;

    public LocalDate examDate;

    public boolean passed;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    /** Always read with the claim; the items of a page of claims in one query. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "usmle_claim_line_item", joinColumns = @JoinColumn(name = "usmle_claim_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    public List<LineItem> lineItems = new ArrayList<>();

    public Instant submittedAt;

    /** When and by whom staff approved or rejected the claim. */
    public Instant reviewedAt;

    public String reviewedBy;

    /** In euro cents. */
    public Long reimbursedAmount;

    public String rejectionReason;

    public LocalDate paymentDate;

    public UsmleClaimRules.Claim claim() {
        return new UsmleClaimRules.Claim(step, examDate, passed, items());
    }

    public List<UsmleClaimRules.Item> items() {
        return lineItems.stream().map(LineItem::item).toList();
    }

    /** The claim with its student loaded, or null. */
    public static UsmleClaimEntity withStudent(long id) {
        return find("from UsmleClaimEntity c join fetch c.student where c.id = ?1", id).firstResult();
    }

    /** The student's claim of a step that counts (neither rejected nor withdrawn), other than {@code exceptId}. */
    public static Optional<UsmleClaimEntity> countingFor(String studentNumber, Step step, Long exceptId) {
        return find("student.studentNumber = ?1 and step = ?2 and status in ?3 and id <> ?4", studentNumber, step,
                COUNTING, exceptId == null ? -1L : exceptId)
                .firstResultOptional();
    }
}
