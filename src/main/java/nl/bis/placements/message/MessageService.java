package nl.bis.placements.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;

/** What staff and students change about messages: sending a failed one again, and a student's preferences. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageService {

    /** A student's preferences as they stand (stored or the defaults). */
    public record Preferences(String locale, boolean reminders) {
    }

    @Inject
    Students students;

    @Inject
    Clock clock;

    /**
     * Puts a FAILED message back in the queue, due now, with a fresh count of attempts; a message to a student goes
     * to the address known for them now (it may have been corrected since).
     */
    @Transactional
    public OutboxMessageEntity retry(long messageId) {
        OutboxMessageEntity message = OutboxMessageEntity.findById(messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw ApiException.notFound("Message " + messageId);
        }
        if (message.status != MessageStatus.FAILED) {
            throw new ApiException(ProblemType.MESSAGE_NOT_FAILED.problem("Message " + messageId + " is "
                    + message.status + "; only a FAILED message can be sent again.")
                    .with("messageStatus", message.status.name()));
        }
        if (message.studentNumber != null) {
            StudentEntity student = StudentEntity.findById(message.studentNumber);
            if (student.email == null || student.email.isBlank()) {
                throw new ApiException(ProblemType.MESSAGE_UNDELIVERABLE.problem("No e-mail address is known for "
                        + "student " + message.studentNumber + "; message " + messageId + " stays FAILED."));
            }
            message.recipient = student.email;
        }
        message.status = MessageStatus.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = Instants.now(clock);
        return message;
    }

    /** The calling student's preferences; their sign-in's language is remembered on the way. */
    @Transactional
    public Preferences mine() {
        String own = students.self("read your message preferences").studentNumber();
        students.refreshFromToken(own);
        MessagePreferenceEntity stored = MessagePreferenceEntity.findById(own);
        return stored == null ? new Preferences(null, true) : new Preferences(stored.locale, stored.reminders);
    }

    /** Replaces the calling student's preferences. */
    @Transactional
    public Preferences replaceMine(String locale, boolean reminders) {
        Students.Registrant me = students.self("choose your message preferences");
        students.upsertAndLock(me, null);
        MessagePreferenceEntity stored = MessagePreferenceEntity.findById(me.studentNumber());
        if (stored == null) {
            stored = new MessagePreferenceEntity();
            stored.studentNumber = me.studentNumber();
        }
        stored.locale = locale;
        stored.reminders = reminders;
        stored.updatedAt = Instant.now(clock);
        stored.persist();
        return new Preferences(stored.locale, stored.reminders);
    }
}
