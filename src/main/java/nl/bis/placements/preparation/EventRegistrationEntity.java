package nl.bis.placements.preparation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "event_registration")
public class EventRegistrationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long eventId;

    public String studentNumber;

    @Enumerated(EnumType.STRING)
    public SeatStatus status;

    /** Arrival order: the waitlist is served earliest first (then by id). */
    public Instant queuedAt;

    public String createdBy;

    public String updatedBy;

    public Instant updatedAt;
}
