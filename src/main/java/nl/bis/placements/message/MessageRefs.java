package nl.bis.placements.message;

/** What a message is about, for the listings: a placement, a preparation event, both or neither. */
public record MessageRefs(Long placementId, Long eventId) {

    public static final MessageRefs NONE = new MessageRefs(null, null);

    public static MessageRefs placement(long placementId) {
        return new MessageRefs(placementId, null);
    }

    public static MessageRefs event(long eventId) {
        return new MessageRefs(null, eventId);
    }
}
