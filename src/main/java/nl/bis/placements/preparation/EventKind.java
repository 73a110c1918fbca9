package nl.bis.placements.preparation;

public enum EventKind {
    PREPARATION_MEETING,
    TROPICAL_COURSE_SESSION,
    INFO_SESSION
}
