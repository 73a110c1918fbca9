package nl.bis.placements.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.placementtype.PlacementTypeService;

/** Deadline rules: the versioned rule data staff maintain, and the judgement of a registration by them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineRuleService {

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    PlacementTypeService placementTypes;

    @Inject
    RuleUsage usage;

    /** Observed after commit: the calculator's snapshot is replaced then, never from inside this transaction. */
    @Inject
    Event<RulesChanged> rulesChanged;

    /** The deadlines of a registration made on {@code registeredOn}, by the rules in force on that day. */
    public Deadline judge(String placementType, LocalDate departureDate, LocalDate registeredOn) {
        List<RuleTerms> rules = DeadlineRuleEntity.inForce(placementType).stream().map(DeadlineRuleEntity::terms).toList();
        return new DeadlineCalculator(clock).deadline(placementType, departureDate, rules, registeredOn);
    }

    public List<DeadlineRuleEntity> list(String placementType, LocalDate activeOn, DeadlineRuleEntity.Retired retired) {
        return DeadlineRuleEntity.search(placementType, activeOn, retired);
    }

    public DeadlineRuleEntity get(long id) {
        return DeadlineRuleEntity.<DeadlineRuleEntity>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Deadline rule " + id));
    }

    @Transactional
    public DeadlineRuleEntity create(RuleInput input) {
        String leadTime = checked(input);
        DeadlineRuleEntity rule = new DeadlineRuleEntity();
        apply(rule, input, leadTime);
        audit.created(rule);
        rule.persist();
        rule.flush();
        rulesChanged.fire(new RulesChanged());
        return rule;
    }

    @Transactional
    public DeadlineRuleEntity replace(long id, String ifMatch, RuleInput input) {
        DeadlineRuleEntity rule = get(id);
        ETags.requireMatch(ifMatch, rule.version);
        if (rule.retired) {
            throw new ApiException(ProblemType.RULE_RETIRED,
                    "Deadline rule " + id + " is retired and kept only as a record; create a new rule instead.");
        }
        String leadTime = checked(input, id);
        boolean termsChange = !rule.placementType.equals(input.placementType()) || rule.kind != input.kind()
                || !rule.leadTime.equals(leadTime) || !rule.validFrom.equals(input.validFrom());
        if (termsChange && usage.isApplied(id)) {
            throw new ApiException(ProblemType.RULE_IN_USE,
                    "Registrations were judged by deadline rule " + id + ", so its placementType, kind, leadTime "
                            + "and validFrom are fixed. Close it (validUntil) and create a new rule instead.");
        }
        apply(rule, input, leadTime);
        audit.updated(rule);
        rule.flush();
        rulesChanged.fire(new RulesChanged());
        return rule;
    }

    /**
     * Deletes a rule no registration used. A used rule is retired instead: kept for the registrations that name it,
     * no longer applied, its window closed at yesterday (or at its first day, if it only started today).
     */
    @Transactional
    public void delete(long id) {
        // The row lock waits for registrations that are applying this rule right now, so the check sees them.
        DeadlineRuleEntity rule = DeadlineRuleEntity.<DeadlineRuleEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Deadline rule " + id));
        rulesChanged.fire(new RulesChanged());
        if (!usage.isApplied(id)) {
            rule.delete();
            return;
        }
        if (!rule.retired) {
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            LocalDate end = yesterday.isBefore(rule.validFrom) ? rule.validFrom : yesterday;
            if (rule.validUntil == null || rule.validUntil.isAfter(end)) {
                rule.validUntil = end;
            }
            rule.retired = true;
            audit.updated(rule);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private String checked(RuleInput input) {
        return checked(input, null);
    }

    /** Validates what bean validation cannot, locks the type and refuses an overlapping window; returns the lead time. */
    private String checked(RuleInput input, Long exceptId) {
        String leadTime;
        try {
            leadTime = LeadTimes.normalize(input.leadTime());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("leadTime", e.getMessage());
        }
        InputLimits.requireInRange("validFrom", input.validFrom());
        InputLimits.requireInRange("validUntil", input.validUntil());
        if (input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
            throw ApiException.invalid("validUntil", "must not be before validFrom");
        }
        if (!placementTypes.lock(input.placementType())) {
            throw ApiException.invalid("placementType", "must be one of " + placementTypes.codes());
        }
        List<DeadlineRuleEntity> overlaps = DeadlineRuleEntity.overlapping(input.placementType(), input.kind(),
                input.validFrom(), input.validUntil(), exceptId);
        if (!overlaps.isEmpty()) {
            String ids = overlaps.stream().map(r -> String.valueOf(r.id)).collect(Collectors.joining(", "));
            throw new ApiException(ProblemType.RULE_OVERLAP.problem(
                    "A " + input.kind() + " rule for " + input.placementType() + " is already valid in part of "
                            + "this window (rule " + ids + "). End that rule first (set its validUntil) or choose "
                            + "another validFrom.")
                    .with("conflictingRuleIds", overlaps.stream().map(r -> r.id).toList()));
        }
        return leadTime;
    }

    private static void apply(DeadlineRuleEntity rule, RuleInput input, String leadTime) {
        rule.placementType = input.placementType();
        rule.kind = input.kind();
        rule.leadTime = leadTime;
        rule.validFrom = input.validFrom();
        rule.validUntil = input.validUntil();
        rule.description = input.description().strip();
    }
}
