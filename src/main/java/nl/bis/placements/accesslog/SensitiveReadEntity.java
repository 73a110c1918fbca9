package nl.bis.placements.accesslog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One recorded read of a student's sensitive data; written by {@link AccessLog} only, never changed. */
@Entity
@Table(name = "sensitive_read")
public class SensitiveReadEntity extends PanacheEntityBase {

    @Id
    public Long id;

    public String studentNumber;

    public String readBy;

    public String readerName;

    public String readerRole;

    public Instant readAt;

    @Enumerated(EnumType.STRING)
    public SensitiveResource resource;

    public String resourceId;

    public Long placementId;

    /** One page of a student's log, newest first. */
    static List<SensitiveReadEntity> pageOf(String studentNumber, int offset, int size) {
        return find("studentNumber = ?1 order by readAt desc, id desc", studentNumber)
                .range(offset, offset + size - 1).list();
    }

    static long countOf(String studentNumber) {
        return count("studentNumber", studentNumber);
    }
}
