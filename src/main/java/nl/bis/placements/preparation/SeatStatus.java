package nl.bis.placements.preparation;

/** The status of an event registration. */
public enum SeatStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
