package nl.bis.placements.deadline;

/** REGISTRATION is a hard cutoff; ADVISORY a recommended date. */
public enum RuleKind {
    REGISTRATION,
    ADVISORY
}
