package nl.bis.placements.deadline;

/** Fired by a transaction that changed a deadline rule; observed after its commit (see RulesInForce). */
record RulesChanged() {
}
