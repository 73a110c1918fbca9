package nl.bis.placements.message;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queuing messages: rendered at once, in the caller's transaction, once per dedupKey, reminders only if wanted. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    private boolean queue(MessageKind kind, String student, String dedupKey) {
        return QuarkusTransaction.requiringNew().call(() ->
                outbox.toStudent(kind, student, MessageRefs.NONE, Messages.REGISTRATION, dedupKey));
    }

    private static void prefer(String student, String locale, boolean reminders) {
        QuarkusTransaction.requiringNew().run(() -> {
            MessagePreferenceEntity preference = new MessagePreferenceEntity();
            preference.studentNumber = student;
            preference.locale = locale;
            preference.reminders = reminders;
            preference.updatedAt = Instant.now();
            preference.persist();
        });
    }

    @Test
    void aMessageIsRenderedInDutchByDefaultWithBothParts() {
        String student = Messages.student("Sanne de Vries", "sanne.devries@student.example.org", null);

        assertTrue(queue(MessageKind.REGISTRATION_RECEIVED, student, null));

        OutboxMessageEntity message = Messages.only(student);
        assertEquals(MessageStatus.PENDING, message.status);
        assertEquals("sanne.devries@student.example.org", message.recipient);
        assertEquals("nl", message.locale);
        assertEquals("Je aanmelding is ontvangen: Research internship in Kumasi, Ghana", message.subject);
        assertThat(message.bodyText, allOf(startsWith("Beste Sanne de Vries,\n\n"),
                containsString("met vertrek op 2027-09-06"), containsString("uitgenodigd voor een gesprek (intake)"),
                not(containsString("Subject:")), not(containsString("Data:"))));
        assertThat(message.bodyHtml, allOf(containsString("<p>Beste Sanne de Vries,</p>"), containsString("<br>"),
                containsString("lang=\"nl\"")));
        assertTrue(message.messageId.matches("<[0-9a-f-]{36}@[^>]+>"), message.messageId);
        assertEquals(0, message.attempts);
    }

    @Test
    void theLanguageOfTheSignInIsUsed() {
        String english = Messages.student("Sam Jones", "sam.jones@student.example.org", "en");

        queue(MessageKind.REGISTRATION_RECEIVED, english, null);

        assertThat(Messages.only(english).subject, startsWith("Your registration has been received"));
    }

    @Test
    void theLanguageTheStudentChoseWinsOverTheSignIn() {
        String student = Messages.student("Sam Smith", "sam.smith@student.example.org", "en");
        prefer(student, "nl", true);

        queue(MessageKind.REGISTRATION_RECEIVED, student, null);

        assertEquals("nl", Messages.only(student).locale);
    }

    @Test
    void theHtmlPartEscapesWhatTheTextCarries() {
        String student = Messages.student("<script>alert(1)</script> & Co", "escape@student.example.org", null);

        queue(MessageKind.REGISTRATION_RECEIVED, student, null);

        OutboxMessageEntity message = Messages.only(student);
        assertThat(message.bodyText, containsString("<script>alert(1)</script> & Co"));
        assertThat(message.bodyHtml, allOf(not(containsString("<script>")),
                containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")));
    }

    @Test
    void aDedupKeyQueuesTheMessageOnce() {
        String student = Messages.student();
        String key = "test-registration:" + student;

        assertTrue(queue(MessageKind.REGISTRATION_RECEIVED, student, key));
        assertFalse(queue(MessageKind.REGISTRATION_RECEIVED, student, key));

        assertEquals(1, Messages.of(student).size());
    }

    @Test
    void messagesWithoutDedupKeyAreEachQueuedWithTheirOwnMessageId() {
        String student = Messages.student();

        queue(MessageKind.REGISTRATION_RECEIVED, student, null);
        queue(MessageKind.REGISTRATION_RECEIVED, student, null);

        List<OutboxMessageEntity> messages = Messages.of(student);
        assertEquals(2, messages.size());
        assertNotEquals(messages.get(0).messageId, messages.get(1).messageId);
    }

    @Test
    void aStudentWhoOptedOutGetsNoRemindersButStillTheDecisions() {
        String student = Messages.student();
        prefer(student, null, false);

        for (MessageKind reminder : List.of(MessageKind.EVENT_REMINDER, MessageKind.READINESS_REMINDER,
                MessageKind.RETURN_REMINDER)) {
            assertFalse(queue(reminder, student, null), reminder.name());
        }
        assertTrue(queue(MessageKind.REGISTRATION_RECEIVED, student, null));
        assertEquals(List.of(MessageKind.REGISTRATION_RECEIVED), Messages.of(student).stream().map(m -> m.kind).toList());
    }

    @Test
    void aStudentWithoutAnEmailAddressGetsTheMessageFailedAtOnce() {
        String student = Messages.student("No Mail", null, null);

        assertTrue(queue(MessageKind.REGISTRATION_RECEIVED, student, null));

        OutboxMessageEntity message = Messages.only(student);
        assertEquals(MessageStatus.FAILED, message.status);
        assertNull(message.recipient);
        assertThat(message.lastError, containsString("No e-mail address"));
    }

    @Test
    void aMessageIsWrittenInTheCallersTransactionAndRolledBackWithIt() {
        String student = Messages.student();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.toStudent(MessageKind.REGISTRATION_RECEIVED, student, MessageRefs.NONE, Messages.REGISTRATION,
                    null);
            throw new IllegalStateException("the change fails after queuing its message");
        }));

        assertEquals(List.of(), Messages.of(student));
    }

    @Test
    void queuingOutsideATransactionIsRefused() {
        String student = Messages.student();

        assertThrows(TransactionalException.class, () -> outbox.toStudent(MessageKind.REGISTRATION_RECEIVED, student,
                MessageRefs.NONE, Messages.REGISTRATION, null));
    }

    @Test
    void staffMessagesGoToTheOfficesMailboxInDutch() {
        String key = "test-staff:" + Messages.student();

        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.toStaff(MessageKind.REGISTRATION_RECEIVED,
                MessageRefs.NONE, Map.of("studentName", "BIS", "placementType", "Elective", "destination", "Oslo",
                        "departureDate", "2027-01-01"), key)));

        OutboxMessageEntity message = QuarkusTransaction.requiringNew().call(() ->
                OutboxMessageEntity.<OutboxMessageEntity>find("dedupKey", key).singleResult());
        assertEquals("bis-office@placements.test", message.recipient);
        assertNull(message.studentNumber);
        assertThat(message.locale, equalTo("nl"));
    }
}
