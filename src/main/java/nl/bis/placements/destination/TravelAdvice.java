package nl.bis.placements.destination;

/** The Dutch government's travel advice colours. */
public enum TravelAdvice {
    GREEN,
    YELLOW,
    ORANGE,
    RED;

    /** The faculty forbids study travel to orange or red areas, and requires leaving them. */
    public boolean forbidsStudyTravel() {
        return this == ORANGE || this == RED;
    }
}
