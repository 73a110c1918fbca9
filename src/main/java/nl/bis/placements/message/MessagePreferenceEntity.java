package nl.bis.placements.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student's choice of language and of reminders; without a row: the sign-in's language, and reminders on. */
@Entity
@Table(name = "message_preference")
public class MessagePreferenceEntity extends PanacheEntityBase {

    @Id
    public String studentNumber;

    /** {@code nl}, {@code en} or null (the language of the student's sign-in). */
    public String locale;

    public boolean reminders = true;

    public Instant updatedAt;
}
