package nl.bis.placements.message;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.bis.placements.common.Instants;
import nl.bis.placements.student.StudentEntity;

/**
 * Queues messages: a row in the outbox, written in the transaction of the change that causes it (so a change that
 * rolls back sends nothing, and one that commits is never without its message). The message is rendered now, so what
 * a student reads at {@code /me/messages} is what was sent. The dispatcher delivers it later.
 *
 * <p>Templates get the caller's data plus {@code studentName} and {@code studentNumber} (for a student).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    static final String DEFAULT_LOCALE = "nl";
    static final String NO_ADDRESS = "No e-mail address is known for this student.";

    @Inject
    MessageTemplates templates;

    @Inject
    MessagesConfig config;

    @Inject
    Clock clock;

    /**
     * Queues a message to a student, in their language (their preference, else their sign-in's, else Dutch).
     *
     * @param dedupKey names a message that may be caused more than once (a daily reminder, two instances); null when
     *                 every call is a message of its own
     * @return false when nothing was queued: a reminder to a student who opted out of them, or a message with this
     *         dedupKey queued before. A student without an e-mail address gets the message queued as FAILED, so that
     *         staff see it and they still read it at {@code /me/messages}.
     */
    public boolean toStudent(MessageKind kind, String studentNumber, MessageRefs refs, Map<String, Object> data,
                             String dedupKey) {
        if (queued(dedupKey)) {
            return false;
        }
        StudentEntity student = StudentEntity.findById(studentNumber);
        if (student == null) {
            throw new IllegalArgumentException("No student " + studentNumber);
        }
        MessagePreferenceEntity preference = MessagePreferenceEntity.findById(studentNumber);
        if (kind.reminder() && preference != null && !preference.reminders) {
            return false;
        }
        String locale = preference != null && preference.locale != null ? preference.locale
                : student.locale != null ? student.locale : DEFAULT_LOCALE;
        Map<String, Object> values = new HashMap<>(data);
        values.putIfAbsent("studentName", student.name);
        values.putIfAbsent("studentNumber", student.studentNumber);
        return insert(kind, studentNumber, refs, student.email, locale, values, dedupKey);
    }

    /**
     * Queues a message to the office's mailbox ({@code placements.messages.staff-address}), in Dutch.
     *
     * @return false when nothing was queued: no staff address is configured, or the dedupKey was queued before
     */
    public boolean toStaff(MessageKind kind, MessageRefs refs, Map<String, Object> data, String dedupKey) {
        if (queued(dedupKey)) {
            return false;
        }
        return config.staffAddress()
                .map(address -> insert(kind, null, refs, address, DEFAULT_LOCALE, data, dedupKey))
                .orElse(false);
    }

    /**
     * Whether a message with this key was queued before: callers check it before costly work (a readiness check for a
     * reminder queued days ago), and both queueing methods before rendering. The insert's {@code on conflict} still
     * settles two transactions that get here at once.
     */
    public boolean queued(String dedupKey) {
        return dedupKey != null && OutboxMessageEntity.count("dedupKey", dedupKey) > 0;
    }

    private boolean insert(MessageKind kind, String studentNumber, MessageRefs refs, String recipient, String locale,
                           Map<String, Object> data, String dedupKey) {
        MessageTemplates.Rendered message = templates.render(kind, locale, data);
        Instant now = Instants.now(clock);
        boolean addressed = recipient != null && !recipient.isBlank();
        MessageRefs about = refs == null ? MessageRefs.NONE : refs;
        // A second message with the same dedupKey is left out here, whichever transaction commits first.
        int inserted = Panache.getEntityManager().createNativeQuery("""
                        insert into outbox_message (message_id, kind, student_number, placement_id, event_id,
                               recipient, locale, subject, body_text, body_html, dedup_key, status, attempts,
                               next_attempt_at, last_error, created_at)
                        values (:messageId, :kind, cast(:student as varchar), cast(:placement as bigint),
                               cast(:event as bigint), cast(:recipient as varchar), :locale, :subject, :text, :html,
                               cast(:dedup as varchar), :status, 0, :now, cast(:error as varchar), :now)
                        on conflict (dedup_key) do nothing""")
                .setParameter("messageId", "<" + UUID.randomUUID() + "@" + config.messageIdDomain() + ">")
                .setParameter("kind", kind.name())
                .setParameter("student", studentNumber)
                .setParameter("placement", about.placementId())
                .setParameter("event", about.eventId())
                .setParameter("recipient", addressed ? recipient : null)
                .setParameter("locale", locale)
                .setParameter("subject", message.subject())
                .setParameter("text", message.text())
                .setParameter("html", message.html())
                .setParameter("dedup", dedupKey)
                .setParameter("status", (addressed ? MessageStatus.PENDING : MessageStatus.FAILED).name())
                .setParameter("now", now)
                .setParameter("error", addressed ? null : NO_ADDRESS)
                .executeUpdate();
        return inserted == 1;
    }
}
