package nl.bis.placements.message;

import java.util.Locale;

/**
 * The messages the service sends. A reminder is one a student may opt out of; every other kind tells them of a
 * decision or a change to their plans and is always sent.
 */
public enum MessageKind {
    REGISTRATION_RECEIVED(false),
    LATE_REGISTRATION_ACCEPTED(false),
    PLACEMENT_APPROVED(false),
    PLACEMENT_REJECTED(false),
    PLACEMENT_WITHDRAWN(false),
    SEAT_CONFIRMED(false),
    EVENT_CHANGED(false),
    EVENT_CANCELLED(false),
    EVENT_REMINDER(true),
    READINESS_REMINDER(true),
    /** After return: the MRSA screening and the evaluation. */
    RETURN_REMINDER(true),
    TRAVEL_ADVICE_RAISED(false);

    private final boolean reminder;

    MessageKind(boolean reminder) {
        this.reminder = reminder;
    }

    public boolean reminder() {
        return reminder;
    }

    /** The name of its templates: {@code messages/<kebab-case>.<locale>.txt}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
