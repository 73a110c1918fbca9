package nl.bis.placements.usmleclaim;

/** A step of the USMLE; Step 2 covers Step 2 CK and, while it existed, Step 2 CS. */
public enum Step {
    STEP_1,
    STEP_2,
    /** Named so that a claim for it is refused by rule; never stored. */
    STEP_3
}
