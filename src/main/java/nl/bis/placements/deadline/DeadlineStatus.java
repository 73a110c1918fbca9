package nl.bis.placements.deadline;

public enum DeadlineStatus {
    /** More than {@value DeadlineCalculator#CLOSING_SOON_DAYS} days left. */
    OPEN,
    /** 0 to {@value DeadlineCalculator#CLOSING_SOON_DAYS} days left; the cutoff day itself is still on time. */
    CLOSING_SOON,
    /** The cutoff has passed. */
    CLOSED,
    /** The type has no registration rule on that date. */
    NO_CUTOFF
}
