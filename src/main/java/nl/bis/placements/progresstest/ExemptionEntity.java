package nl.bis.placements.progresstest;

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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.common.AuditedEntity;
import nl.bis.placements.progresstest.ProgressTestRules.ExemptionState;

/** An exemption from a progress test, asked for one conflict and decided by the student desk. */
@Entity
@Table(name = "progress_test_exemption")
public class ExemptionEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conflict_id")
    public ConflictEntity conflict;

    @Enumerated(EnumType.STRING)
    public ExemptionState status;

    public String requestedBy;

    public Instant requestedAt;

    public String decidedBy;

    public Instant decidedAt;

    public String refusalReason;

    /** The exemption with its conflict, placement, student and test loaded, or null. */
    static ExemptionEntity withDetails(long id) {
        return find("""
                from ExemptionEntity e join fetch e.conflict c join fetch c.placement p join fetch p.student
                join fetch c.progressTest where e.id = ?1""", id).firstResult();
    }

    /** The exemption of a conflict that is asked or granted, if any. */
    static Optional<ExemptionEntity> countingOf(long conflictId) {
        return find("conflict.id = ?1 and status <> ?2", conflictId, ExemptionState.REFUSED).firstResultOptional();
    }

    /** The exemptions of these conflicts, latest last. */
    static List<ExemptionEntity> ofConflicts(Collection<Long> conflictIds) {
        return conflictIds.isEmpty() ? List.of() : list("conflict.id in ?1 order by id", conflictIds);
    }

    static long countOfTest(long progressTestId) {
        return count("conflict.progressTest.id", progressTestId);
    }
}
