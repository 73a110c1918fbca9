package nl.bis.placements.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A record that staff change: created and last updated by whom and when, and a version (0 when created, one more
 * with every flushed change) that is its ETag.
 *
 * <p>The updated columns are set by the service through {@link Audit#updated}, not by a {@code @PreUpdate}
 * listener: what counts as a change is the service's decision (a placement whose student's name changed is updated,
 * and gets a new version, although only the student's row differs).
 */
@MappedSuperclass
public abstract class AuditedEntity extends CreatedEntity implements Stamped {

    @Version
    public long version;

    public String updatedBy;

    public Instant updatedAt;

    @Override
    public void created(String by, Instant at) {
        super.created(by, at);
        updated(by, at);
    }

    @Override
    public void updated(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }
}
