package nl.bis.placements.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record that keeps who created it and when ({@code created_by}, {@code created_at}). Filled by {@link Audit}, the
 * one place that knows the calling user and the clock.
 */
@MappedSuperclass
public abstract class CreatedEntity extends PanacheEntityBase {

    public String createdBy;

    public Instant createdAt;

    /** Records the creation; an {@link AuditedEntity} counts it as its first update too. */
    public void created(String by, Instant at) {
        createdBy = by;
        createdAt = at;
    }
}
