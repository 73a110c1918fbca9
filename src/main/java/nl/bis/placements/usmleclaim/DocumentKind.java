package nl.bis.placements.usmleclaim;

/** The documents a claim needs before it goes into review, one of each. */
public enum DocumentKind {
    DIPLOMA_OR_SCORE_REPORT,
    INVOICE,
    PROOF_OF_PAYMENT
}
