package nl.bis.placements.message;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.bis.placements.common.Instants;
import nl.bis.placements.message.DeliveryRules.Outcome;
import nl.bis.placements.message.DeliveryRules.Phase;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox through SMTP, on every instance. Each run claims a batch of due messages with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never hold the same row: one sends it, the other passes it by.
 * The row is marked SENT in the transaction that holds it, right after the mail server accepted the message.
 *
 * <p>Delivery is at least once: should the process die, or the database go away, after the mail server accepted a
 * message but before that transaction commits, the row is PENDING again and is sent a second time. Every attempt
 * carries the row's own Message-ID, fixed when it was queued, so the recipient's mail system (and anyone reading
 * the headers) can recognise the second copy as the same message.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int MAX_ERROR = 1000;

    @Inject
    Mailer mailer;

    @Inject
    MessagesConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${placements.messages.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchRegularly() {
        // Keep going while full batches come back, so a backlog does not wait a period per batch.
        int claimed;
        do {
            claimed = dispatch();
        } while (claimed == config.batchSize());
    }

    /**
     * Sends one batch of due messages and records how each went.
     *
     * @return how many messages were claimed (sent or not)
     */
    @Transactional
    public int dispatch() {
        Instant now = Instants.now(clock);
        @SuppressWarnings("unchecked")
        List<OutboxMessageEntity> due = Panache.getEntityManager().createNativeQuery("""
                        select * from outbox_message
                         where status = 'PENDING' and next_attempt_at <= :now
                         order by next_attempt_at, id
                         limit :batch
                           for update skip locked""", OutboxMessageEntity.class)
                .setParameter("now", now)
                .setParameter("batch", config.batchSize())
                .getResultList();
        due.forEach(message -> deliver(message, now));
        return due.size();
    }

    private void deliver(OutboxMessageEntity message, Instant now) {
        message.attempts++;
        try {
            mailer.send(Mail.withText(message.recipient, message.subject, message.bodyText)
                    .setHtml(message.bodyHtml)
                    .addHeader("Message-ID", message.messageId));
            message.status = MessageStatus.SENT;
            message.sentAt = now;
            message.lastError = null;
        } catch (RuntimeException e) {
            SMTPException refusal = smtpReply(e);
            int replyCode = refusal == null ? 0 : refusal.getReplyCode();
            Outcome outcome = DeliveryRules.afterFailure(replyCode, phaseOf(refusal), message.attempts, now,
                    config.backoff(), config.maxBackoff(), config.maxAttempts());
            message.status = outcome.status();
            message.nextAttemptAt = outcome.nextAttemptAt();
            message.lastError = describe(refusal != null ? refusal : rootCause(e));
            LOG.warnf("Message %d (attempt %d) not delivered, %s: %s", message.id, message.attempts,
                    outcome.status() == MessageStatus.FAILED ? "given up" : "trying again at " + outcome.nextAttemptAt(),
                    message.lastError);
        }
    }

    /** The mail server's refusal, if it refused: Vert.x fails the send with an SMTPException carrying the reply. */
    private static SMTPException smtpReply(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    /**
     * Vert.x names the command a reply answered only in the exception's message ("recipient address not accepted",
     * "DATA command not accepted", "sending data failed"; everything else is the session).
     */
    private static Phase phaseOf(SMTPException refusal) {
        String what = refusal == null || refusal.getMessage() == null ? "" : refusal.getMessage();
        if (what.startsWith("recipient address")) {
            return Phase.RECIPIENT;
        }
        if (what.startsWith("DATA command") || what.startsWith("sending data")) {
            return Phase.MESSAGE;
        }
        return Phase.SESSION;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable failure) {
        String text = failure.getMessage() == null || failure.getMessage().isBlank()
                ? "The mail server could not be reached." : failure.getMessage();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
