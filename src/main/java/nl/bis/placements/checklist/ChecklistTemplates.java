package nl.bis.placements.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.placementtype.PlacementTypeService;

/**
 * The checklist templates and template sets staff maintain. Every change that can alter which templates apply
 * recomputes the items of the active placements in the same transaction ({@link ChecklistItems#recompute}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChecklistTemplates {

    /** A template set with the number of templates it holds. */
    public record SetView(ChecklistTemplateSetEntity set, int templates) {
    }

    /** A template with whether its set is enabled. */
    public record TemplateView(ChecklistTemplateEntity template, boolean setEnabled) {
    }

    @Inject
    Audit audit;

    @Inject
    PlacementTypeService placementTypes;

    @Inject
    ChecklistItems items;

    public List<TemplateView> list(String templateSet) {
        Map<String, Boolean> enabled = setsByCode();
        List<ChecklistTemplateEntity> templates = templateSet == null ? ChecklistTemplateEntity.listInOrder()
                : ChecklistTemplateEntity.ofSet(templateSet);
        return templates.stream().map(t -> new TemplateView(t, enabled.getOrDefault(t.templateSet, false))).toList();
    }

    public TemplateView get(String code) {
        ChecklistTemplateEntity template = find(code);
        ChecklistTemplateSetEntity set = ChecklistTemplateSetEntity.findById(template.templateSet);
        return new TemplateView(template, set.enabled);
    }

    @Transactional
    public TemplateView create(String code, TemplateInput input) {
        checkTypes(input);
        items.lockSets(LockModeType.PESSIMISTIC_WRITE);
        ChecklistTemplateEntity existing = ChecklistTemplateEntity.findById(code);
        if (existing != null) {
            throw new ApiException(ProblemType.TEMPLATE_CODE_TAKEN, "Checklist template " + code
                    + " exists already (set " + existing.templateSet + "); choose another code.");
        }
        ChecklistTemplateSetEntity set = setOf(input.templateSet());
        ChecklistTemplateEntity template = new ChecklistTemplateEntity();
        template.code = code;
        apply(template, input);
        audit.created(template);
        template.persist();
        template.flush();
        items.recompute(List.of(template.code));
        return new TemplateView(template, set.enabled);
    }

    @Transactional
    public TemplateView replace(String code, String ifMatch, TemplateInput input) {
        items.lockSets(LockModeType.PESSIMISTIC_WRITE);
        ChecklistTemplateEntity template = ChecklistTemplateEntity.<ChecklistTemplateEntity>findByIdOptional(code,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("Checklist template " + code));
        ETags.requireMatch(ifMatch, template.version);
        checkTypes(input);
        ChecklistTemplateSetEntity set = setOf(input.templateSet());
        apply(template, input);
        audit.updated(template);
        template.flush();
        items.recompute(List.of(template.code));
        return new TemplateView(template, set.enabled);
    }

    /**
     * Deletes a template and its items, unless an item of it was ever done (it is then a record of what the student
     * did) or holds documents; such a template is to be disabled instead.
     */
    @Transactional
    public void delete(String code) {
        items.lockSets(LockModeType.PESSIMISTIC_WRITE);
        ChecklistTemplateEntity template = ChecklistTemplateEntity.<ChecklistTemplateEntity>findByIdOptional(code,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("Checklist template " + code));
        long kept = items.keptOf(code);
        if (kept > 0) {
            throw new ApiException(ProblemType.TEMPLATE_IN_USE, kept + " item" + (kept == 1 ? "" : "s")
                    + " of checklist template " + code + " were done or hold documents; they are kept as a record. "
                    + "Disable the template instead (enabled false).");
        }
        items.deleteOf(template);
        template.delete();
    }

    public List<SetView> sets() {
        Map<String, Long> counts = ChecklistTemplateEntity.listInOrder().stream()
                .collect(Collectors.groupingBy(t -> t.templateSet, Collectors.counting()));
        return ChecklistTemplateSetEntity.listInOrder().stream()
                .map(s -> new SetView(s, Math.toIntExact(counts.getOrDefault(s.code, 0L)))).toList();
    }

    /** Switches a set on or off; recomputes the active placements' items of its templates when that changed. */
    @Transactional
    public SetView setEnabled(String code, boolean enabled, String ifMatch) {
        items.lockSets(LockModeType.PESSIMISTIC_WRITE);
        ChecklistTemplateSetEntity set = ChecklistTemplateSetEntity.<ChecklistTemplateSetEntity>findByIdOptional(code,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("Checklist template set " + code));
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, set.version);
        }
        List<String> codes = ChecklistTemplateEntity.ofSet(code).stream().map(t -> t.code).toList();
        if (set.enabled != enabled) {
            set.enabled = enabled;
            audit.updated(set);
            set.flush();
            items.recompute(codes);
        }
        return new SetView(set, codes.size());
    }

    // ---------------------------------------------------------------------------------------------

    private static ChecklistTemplateEntity find(String code) {
        return ChecklistTemplateEntity.<ChecklistTemplateEntity>findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound("Checklist template " + code));
    }

    /** The set of a template, created (enabled) when it is new. */
    private ChecklistTemplateSetEntity setOf(String code) {
        ChecklistTemplateSetEntity set = ChecklistTemplateSetEntity.findById(code);
        if (set == null) {
            set = new ChecklistTemplateSetEntity();
            set.code = code;
            set.enabled = true;
            audit.created(set);
            set.persist();
        }
        return set;
    }

    private void checkTypes(TemplateInput input) {
        List<String> unknown = new ArrayList<>(input.placementTypes());
        unknown.removeAll(placementTypes.codes());
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("placementTypes", "must hold only placement types of " + placementTypes.codes());
        }
    }

    private void apply(ChecklistTemplateEntity template, TemplateInput input) {
        template.templateSet = input.templateSet();
        template.title = input.title().strip();
        template.description = input.description().strip();
        template.enabled = input.enabled();
        template.placementTypes = placementTypes.codes().stream().filter(input.placementTypes()::contains).toList();
        template.destinationGroups = input.destinationGroups().stream().sorted().toList();
        template.minorsOnly = input.minorsOnly();
        template.dueAnchor = input.dueAnchor();
        template.offsetDays = input.offsetDays();
        template.evidenceRequired = input.evidenceRequired();
        template.blocking = input.blocking();
    }

    private static Map<String, Boolean> setsByCode() {
        return ChecklistTemplateSetEntity.<ChecklistTemplateSetEntity>listAll().stream()
                .collect(Collectors.toMap(s -> s.code, s -> s.enabled, (a, b) -> a));
    }
}
