package nl.bis.placements.usmleclaim;

/**
 * What a line item paid for. Only the fees for registering for and taking the exam are reimbursed; the other kinds
 * exist so that such costs are refused by name.
 */
public enum CostKind {
    REGISTRATION_FEE,
    EXAM_FEE,
    BOOKS,
    APPS,
    COURSE,
    TRAVEL,
    OTHER
}
