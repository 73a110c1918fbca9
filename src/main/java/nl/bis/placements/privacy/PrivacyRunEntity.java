package nl.bis.placements.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One retention run or erasure: when, by whom, how many students, placements and rows per table. */
@Entity
@Table(name = "privacy_run")
public class PrivacyRunEntity extends PanacheEntityBase {

    public enum Kind {
        RETENTION,
        ERASURE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public Instant startedAt;

    public Instant finishedAt;

    public String runBy;

    public String reason;

    public int students;

    public int placements;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> records;
}
