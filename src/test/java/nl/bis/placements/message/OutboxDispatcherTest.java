package nl.bis.placements.message;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.GreenMailResource;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Delivering the outbox to a real SMTP server: once each, through outages, never endlessly. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class OutboxDispatcherTest {

    private static final Instant T = Instant.parse("2031-05-05T08:00:00Z");

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    TestClock clock;

    private String queued(String student) {
        QuarkusTransaction.requiringNew().run(() -> outbox.toStudent(MessageKind.REGISTRATION_RECEIVED, student,
                MessageRefs.NONE, Messages.REGISTRATION, null));
        return student;
    }

    /** Runs the dispatcher until nothing is due any more (other tests' messages included). */
    private void dispatchAll() {
        while (dispatcher.dispatch() > 0) {
            // the next batch
        }
    }

    @Test
    void aMessageIsDeliveredWithBothPartsAndItsOwnMessageId() throws Exception {
        String student = queued(Messages.student("Sanne de Vries", "sanne." + Messages.student() + "@example.org",
                null));

        dispatchAll();

        OutboxMessageEntity row = Messages.only(student);
        assertEquals(MessageStatus.SENT, row.status);
        assertNotNull(row.sentAt);
        assertEquals(1, row.attempts);
        List<MimeMessage> received = GreenMailResource.receivedFor(row.recipient);
        assertEquals(1, received.size());
        MimeMessage mail = received.getFirst();
        assertEquals(row.messageId, mail.getMessageID());
        assertEquals(row.subject, mail.getSubject());
        assertEquals("bis@placements.test", mail.getFrom()[0].toString());
        String parts = describe(mail);
        assertThat(parts, containsString("text/plain"));
        assertThat(parts, containsString("text/html"));
        assertThat(parts, containsString("Beste Sanne de Vries,"));
        assertThat(parts, containsString("<p>Beste Sanne de Vries,</p>"));
    }

    @Test
    void theScheduledRunDeliversInItsOwnTransactions() {
        String student = queued(Messages.student());

        dispatcher.dispatchRegularly();

        assertEquals(MessageStatus.SENT, Messages.only(student).status);
        assertEquals(1, GreenMailResource.receivedFor(Messages.only(student).recipient).size());
    }

    @Test
    void whileTheMailServerIsAwayMessagesWaitAndGoOutOnceItReturns() {
        clock.fixAt(T);
        List<String> students = List.of(queued(Messages.student()), queued(Messages.student()),
                queued(Messages.student()));
        GreenMailResource.stopServer();
        try {
            dispatchAll();
            for (String student : students) {
                OutboxMessageEntity row = Messages.only(student);
                assertEquals(MessageStatus.PENDING, row.status);
                assertEquals(1, row.attempts);
                assertEquals(T.plus(Duration.ofMinutes(1)), row.nextAttemptAt);
                assertNotNull(row.lastError);
            }
            clock.fixAt(T.plusSeconds(30));
            dispatchAll();
            assertEquals(1, Messages.only(students.getFirst()).attempts, "not tried again before its time");
        } finally {
            GreenMailResource.startServer();
        }

        // Due again a minute later; a connection that breaks while the server comes back costs another attempt.
        for (int hour = 0; hour < 6; hour++) {
            clock.fixAt(T.plus(Duration.ofMinutes(1)).plus(Duration.ofHours(hour)));
            dispatchAll();
        }

        for (String student : students) {
            OutboxMessageEntity row = Messages.only(student);
            assertEquals(MessageStatus.SENT, row.status);
            assertTrue(row.attempts >= 2, "tried while the server was away, then delivered");
            assertEquals(1, GreenMailResource.receivedFor(row.recipient).size(), "delivered once: " + student);
        }
    }

    @Test
    void aMessageThatNeverGetsThroughIsFailedAfterTheLastAttempt() {
        clock.fixAt(T.plus(Duration.ofDays(30)));
        String student = queued(Messages.student());
        GreenMailResource.stopServer();
        try {
            Instant now = clock.instant();
            for (int attempt = 1; attempt <= 8; attempt++) {
                dispatchAll();
                OutboxMessageEntity row = Messages.only(student);
                assertEquals(attempt, row.attempts);
                if (attempt < 8) {
                    assertEquals(MessageStatus.PENDING, row.status);
                    assertEquals(now.plus(Duration.ofMinutes(1L << (attempt - 1))), row.nextAttemptAt);
                    now = row.nextAttemptAt;
                    clock.fixAt(now);
                }
            }
            assertEquals(MessageStatus.FAILED, Messages.only(student).status);
            clock.fixAt(now.plus(Duration.ofDays(7)));
            dispatchAll();
            assertEquals(8, Messages.only(student).attempts, "a failed message is not tried again");
        } finally {
            GreenMailResource.startServer();
        }
    }

    @Test
    void anAddressTheServerRefusesIsFailedAtOnceAndNotTriedAgain() {
        String number = Messages.student();
        String student = queued(Messages.student("Refused Student",
                GreenMailResource.REFUSED + "." + number + "@example.org", null));

        dispatchAll();
        clock.fixAt(Instant.now().plus(Duration.ofDays(2)));
        dispatchAll();

        OutboxMessageEntity row = Messages.only(student);
        assertEquals(MessageStatus.FAILED, row.status);
        assertEquals(1, row.attempts);
        assertThat(row.lastError, containsString("550"));
        assertEquals(0, GreenMailResource.receivedFor(row.recipient).size());
    }

    @Test
    void twoDispatchersAtOnceDeliverEveryMessageExactlyOnce() throws Exception {
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            students.add(queued(Messages.student()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    dispatchAll();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }

        for (String student : students) {
            OutboxMessageEntity row = Messages.only(student);
            assertEquals(MessageStatus.SENT, row.status, student);
            assertEquals(1, row.attempts, student);
            assertEquals(1, GreenMailResource.receivedFor(row.recipient).size(), "delivered once: " + student);
        }
    }

    private static String describe(MimeMessage mail) throws Exception {
        StringBuilder text = new StringBuilder();
        collect(mail.getContent(), mail.getContentType(), text);
        return text.toString();
    }

    private static void collect(Object content, String type, StringBuilder text) throws Exception {
        text.append(type).append('\n');
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), multipart.getBodyPart(i).getContentType(), text);
            }
        } else {
            text.append(content).append('\n');
        }
        assertTrue(text.length() > 0);
    }
}
