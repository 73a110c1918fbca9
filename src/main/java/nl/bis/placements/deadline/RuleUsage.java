package nl.bis.placements.deadline;

/**
 * Whether registrations were judged by a rule. Implemented by the feature that stores registrations, so this
 * feature does not reach into their tables.
 */
public interface RuleUsage {

    boolean isApplied(long ruleId);
}
