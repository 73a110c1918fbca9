package nl.bis.placements.message;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import nl.bis.placements.student.StudentEntity;

/** What the outbox holds for one test's own students, read from the table; and their language and opt-out. */
final class Queued {

    private Queued() {
    }

    /** The student's messages of a kind, oldest first. */
    static List<OutboxMessageEntity> to(String studentNumber, MessageKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessageEntity.<OutboxMessageEntity>list(
                "studentNumber = ?1 and kind = ?2 order by id", studentNumber, kind));
    }

    /** All the student's messages, oldest first. */
    static List<OutboxMessageEntity> to(String studentNumber) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessageEntity.<OutboxMessageEntity>list(
                "studentNumber = ?1 order by id", studentNumber));
    }

    /** The student's one message of a kind; fails when there is none or more than one. */
    static OutboxMessageEntity only(String studentNumber, MessageKind kind) {
        List<OutboxMessageEntity> messages = to(studentNumber, kind);
        if (messages.size() != 1) {
            throw new AssertionError("Expected one " + kind + " for " + studentNumber + ", found " + messages.size()
                    + ": " + messages.stream().map(m -> m.subject).toList());
        }
        return messages.getFirst();
    }

    /** The id of the newest message in the outbox (0: none). */
    static long newestId() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessageEntity.<OutboxMessageEntity>find(
                "order by id desc").firstResultOptional().map(message -> message.id).orElse(0L));
    }

    /** The staff mailbox's messages of a kind queued after the message {@code afterId}, oldest first. */
    static List<OutboxMessageEntity> toStaffAfter(MessageKind kind, long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessageEntity.<OutboxMessageEntity>list(
                "studentNumber is null and kind = ?1 and id > ?2 order by id", kind, afterId));
    }

    /** The student reads English (as if their sign-in said so). */
    static void speaksEnglish(String studentNumber) {
        QuarkusTransaction.requiringNew().run(() -> StudentEntity.<StudentEntity>findById(studentNumber).locale = "en");
    }

    /** A student not known yet who reads English: the record staff will register a placement for. */
    static void speaksEnglishFromTheStart(String studentNumber) {
        QuarkusTransaction.requiringNew().run(() -> {
            StudentEntity.upsert(studentNumber, "Student " + studentNumber, "s" + studentNumber + "@student.example.org",
                    null);
            StudentEntity.<StudentEntity>findById(studentNumber).locale = "en";
        });
    }

    /** The student wants no reminders. */
    static void optsOutOfReminders(String studentNumber) {
        QuarkusTransaction.requiringNew().run(() -> {
            MessagePreferenceEntity preference = MessagePreferenceEntity.findById(studentNumber);
            if (preference == null) {
                preference = new MessagePreferenceEntity();
                preference.studentNumber = studentNumber;
            }
            preference.reminders = false;
            preference.updatedAt = Instant.now();
            preference.persist();
        });
    }
}
