package nl.bis.placements.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in the outbox, rendered when it was queued: what the recipient reads is what is kept here. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessageEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String messageId;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    /** Null: to the office's mailbox. */
    public String studentNumber;

    public Long placementId;

    public Long eventId;

    public String recipient;

    public String locale;

    public String subject;

    public String bodyText;

    public String bodyHtml;

    public String dedupKey;

    @Enumerated(EnumType.STRING)
    public MessageStatus status;

    public int attempts;

    public Instant nextAttemptAt;

    public String lastError;

    public Instant createdAt;

    public Instant sentAt;
}
