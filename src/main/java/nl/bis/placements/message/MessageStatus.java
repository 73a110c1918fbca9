package nl.bis.placements.message;

/** Where an outbox row is: waiting (maybe after a failed attempt), delivered to the mail server, or given up. */
public enum MessageStatus {
    PENDING,
    SENT,
    FAILED
}
