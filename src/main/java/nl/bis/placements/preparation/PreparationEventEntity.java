package nl.bis.placements.preparation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.bis.placements.common.AuditedEntity;

@Entity
@Table(name = "preparation_event")
public class PreparationEventEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public String title;

    public Instant startsAt;

    public Instant endsAt;

    public String location;

    public int capacity;

    public Instant registrationClosesAt;

    public boolean cancelled;

    public Long seriesId;
}
