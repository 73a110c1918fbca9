package nl.bis.placements.progresstest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.placement.PlacementEntity;

/** A progress test during an active placement; kept with {@code endedAt} when it ends, and started again as itself. */
@Entity
@Table(name = "progress_test_conflict")
public class ConflictEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id")
    public PlacementEntity placement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_test_id")
    public ProgressTestEntity progressTest;

    /** The test's date while it conflicts (an ended conflict keeps the date it was about). */
    public java.time.LocalDate testDate;

    public boolean active;

    public Instant startedAt;

    public Instant endedAt;

    /** Every conflict of a placement, ended ones included, with its test. */
    static List<ConflictEntity> ofPlacement(long placementId) {
        return list("from ConflictEntity c join fetch c.progressTest where c.placement.id = ?1", placementId);
    }

    /** The conflict of a placement and a test, locked until the end of the transaction. */
    static Optional<ConflictEntity> lockedOf(long placementId, long progressTestId) {
        return find("placement.id = ?1 and progressTest.id = ?2", placementId, progressTestId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The conflicts a student is shown: active ones, and ended ones that carry an exemption; by test date. */
    static List<ConflictEntity> shownFor(String condition, Object value) {
        return list("""
                from ConflictEntity c join fetch c.progressTest t join fetch c.placement p join fetch p.student s
                where %s and (c.active = true or exists (select 1 from ExemptionEntity e where e.conflict = c))
                order by t.testDate, p.id""".formatted(condition), value);
    }

    /** The ids of the placements with an active conflict of a test. */
    static List<Long> placementsWithActive(long progressTestId) {
        return find("select c.placement.id from ConflictEntity c where c.progressTest.id = ?1 and c.active = true",
                progressTestId).project(Long.class).list();
    }

    /** Every conflict of a test, ended ones included. */
    static List<ConflictEntity> ofTest(long progressTestId) {
        return list("progressTest.id", progressTestId);
    }
}
