package nl.bis.placements.progresstest;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.bis.placements.common.AuditedEntity;
import nl.bis.placements.common.InputLimits;

/** One date of the national progress test, kept by staff. */
@Entity
@Table(name = "progress_test")
public class ProgressTestEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public LocalDate testDate;

    public String name;

    /** The tests from {@code from} until {@code to} (both inclusive, null: open), earliest first. */
    static List<ProgressTestEntity> between(LocalDate from, LocalDate to) {
        return list("testDate >= ?1 and testDate <= ?2 order by testDate",
                from == null ? InputLimits.EARLIEST : from, to == null ? InputLimits.LATEST : to);
    }

    static Optional<ProgressTestEntity> on(LocalDate date) {
        return find("testDate", date).firstResultOptional();
    }
}
