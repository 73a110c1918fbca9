package nl.bis.placements.checklist;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bis.placements.checklist.ChecklistRules.Actor;
import nl.bis.placements.checklist.ChecklistRules.ItemState;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.destination.DestinationEntity;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementQueries;
import nl.bis.placements.placement.PlacementStatus;
import org.hibernate.Hibernate;

/**
 * The checklist items of placements: made and recomputed from the templates that apply, read, and moved from state to
 * state by the student and staff; and what of them holds up a placement's departure or completion.
 *
 * <p>Whoever recomputes takes the template sets' rows in code order, shared by a placement and exclusively by a change
 * of templates, so a placement registered while a set is switched on gets the set's items either way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChecklistItems {

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementQueries placements;

    @Inject
    ChecklistDocuments documents;

    // ------------------------------------------------------------------------------------------ recomputing

    /** Recomputes one placement's items (it was registered, or its details changed); a closed one is left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(PlacementEntity placement) {
        if (ChecklistRules.isClosed(placement.status)) {
            return;
        }
        lockSets(LockModeType.PESSIMISTIC_READ);
        Set<String> inForce = codesInForce();
        ChecklistRules.Placement facts = facts(placement.placementType, DestinationEntity.findById(placement.countryCode),
                placement.departureDate, placement.returnDate, placement.student.birthDate);
        Map<String, ChecklistItemEntity> existing = ChecklistItemEntity.ofPlacementOnly(placement.id).stream()
                .collect(Collectors.toMap(i -> i.template.code, i -> i));
        for (ChecklistTemplateEntity template : ChecklistTemplateEntity.<ChecklistTemplateEntity>listAll()) {
            reconcile(placement, template, facts, inForce, existing.get(template.code));
        }
    }

    /**
     * Recomputes the items of these templates on every active placement (the templates or their set changed), in the
     * caller's transaction, which has locked the template sets ({@link #lockSets}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Collection<String> templateCodes) {
        if (templateCodes.isEmpty()) {
            return;
        }
        List<ChecklistTemplateEntity> templates = ChecklistTemplateEntity.list("code in ?1", templateCodes);
        Set<String> inForce = codesInForce();
        Map<String, DestinationEntity> destinations = DestinationEntity.<DestinationEntity>listAll().stream()
                .collect(Collectors.toMap(d -> d.countryCode, d -> d));
        EntityManager em = Panache.getEntityManager();
        List<Object[]> active = em.createQuery("""
                        select p.id, p.placementType, p.countryCode, p.departureDate, p.returnDate, s.birthDate
                        from PlacementEntity p join p.student s where p.status in :active""", Object[].class)
                .setParameter("active", ChecklistRules.activeStatuses())
                .getResultList();
        Map<Long, Map<String, ChecklistItemEntity>> existing = new HashMap<>();
        em.createQuery("""
                        from ChecklistItemEntity i join fetch i.template t
                        where t.code in :codes and i.placement.status in :active""", ChecklistItemEntity.class)
                .setParameter("codes", templateCodes)
                .setParameter("active", ChecklistRules.activeStatuses())
                .getResultList()
                .forEach(i -> existing.computeIfAbsent(i.placement.id, k -> new HashMap<>()).put(i.template.code, i));
        for (Object[] row : active) {
            long id = (Long) row[0];
            ChecklistRules.Placement facts = facts((String) row[1], destinations.get((String) row[2]),
                    (LocalDate) row[3], (LocalDate) row[4], (LocalDate) row[5]);
            Map<String, ChecklistItemEntity> items = existing.getOrDefault(id, Map.of());
            PlacementEntity placement = em.getReference(PlacementEntity.class, id);
            for (ChecklistTemplateEntity template : templates) {
                reconcile(placement, template, facts, inForce, items.get(template.code));
            }
        }
    }

    /**
     * Locks every template set's row, in code order: shared while a placement's items are recomputed, exclusively
     * while templates change, so that the two never miss each other's work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockSets(LockModeType mode) {
        Panache.getEntityManager()
                .createQuery("from ChecklistTemplateSetEntity s order by s.code", ChecklistTemplateSetEntity.class)
                .setLockMode(mode)
                .getResultList();
    }

    /** How many items of a template are a record (done once, or holding documents) and so keep it from deletion. */
    long keptOf(String templateCode) {
        List<ChecklistItemEntity> all = ChecklistItemEntity.ofTemplate(templateCode);
        Set<Long> withDocuments = documents.itemsWithDocuments(all.stream().map(i -> i.id).toList());
        return all.stream()
                .filter(i -> i.state != ItemState.OPEN || i.doneAt != null || withDocuments.contains(i.id)).count();
    }

    /** Deletes the items of a template that are no record ({@link #keptOf} is 0). */
    void deleteOf(ChecklistTemplateEntity template) {
        ChecklistItemEntity.ofTemplate(template.code).forEach(ChecklistItemEntity::delete);
    }

    private void reconcile(PlacementEntity placement, ChecklistTemplateEntity template, ChecklistRules.Placement facts,
                           Set<String> inForce, ChecklistItemEntity item) {
        boolean applies = inForce.contains(template.code) && ChecklistRules.applies(template.terms(), facts);
        switch (ChecklistRules.recompute(item != null, applies)) {
            case CREATE -> {
                ChecklistItemEntity created = new ChecklistItemEntity();
                created.placement = placement;
                created.template = template;
                created.dueDate = ChecklistRules.dueDate(template.terms(), facts);
                created.state = ItemState.OPEN;
                created.applicable = true;
                audit.created(created);
                created.persist();
            }
            case APPLY -> {
                LocalDate due = ChecklistRules.dueDate(template.terms(), facts);
                if (!item.applicable || !item.dueDate.equals(due)) {
                    item.applicable = true;
                    item.dueDate = due;
                    audit.updated(item);
                }
            }
            case SET_ASIDE -> {
                if (item.applicable) {
                    item.applicable = false;
                    audit.updated(item);
                }
            }
            case NONE -> {
            }
        }
    }

    private static Set<String> codesInForce() {
        return ChecklistTemplateEntity.inForce().stream().map(t -> t.code).collect(Collectors.toSet());
    }

    private static ChecklistRules.Placement facts(String type, DestinationEntity destination, LocalDate departure,
                                                  LocalDate returnDate, LocalDate birthDate) {
        ChecklistRules.Destination where = destination == null ? new ChecklistRules.Destination(false, false, false)
                : new ChecklistRules.Destination(destination.euEea, destination.caribbeanPartOfKingdom,
                        "NON_WESTERN".equals(destination.cbsClassification));
        return new ChecklistRules.Placement(type, where, departure, returnDate, birthDate);
    }

    // ------------------------------------------------------------------------------------------ reading

    /** The checklist of a placement the caller may see (anything else is "not found"), by due date. */
    public List<ChecklistItemEntity> checklist(long placementId) {
        return ChecklistItemEntity.ofPlacement(placements.get(placementId).id);
    }

    /** An item the caller may see: a student only those of their own placements; anything else is "not found". */
    public ChecklistItemEntity get(long itemId) {
        ChecklistItemEntity item = ChecklistItemEntity.withPlacement(itemId);
        if (item == null || !currentUser.maySee(item.placement.student.studentNumber)) {
            throw ApiException.notFound("Checklist item " + itemId);
        }
        return item;
    }

    /** The applicable items of a placement that block a move (DEPARTURE or COMPLETION), by due date. */
    public List<ChecklistItemEntity> blocking(PlacementEntity placement) {
        return ChecklistItemEntity.ofPlacement(placement.id).stream()
                .filter(i -> i.applicable && i.template.blocking != ChecklistRules.Blocking.ADVISORY)
                .toList();
    }

    /** The template codes of the (blocking) items that hold up the move of their placement to {@code to}. */
    public static List<String> unsettled(List<ChecklistItemEntity> blocking, PlacementStatus to) {
        return blocking.stream()
                .filter(i -> i.applicable && ChecklistRules.holdsUp(i.template.blocking, to)
                        && !ChecklistRules.settled(i.state, i.template.evidenceRequired))
                .map(i -> i.template.code)
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------------ changing

    /**
     * Moves an item to another state: the student (or staff) marks it done, staff verify it or send it back with a
     * comment. Refused (409) when the item's placement is closed, the item no longer applies, or the move is not one
     * of the state machine's; 403 when the caller's role may not make it; 422 when evidence is missing (to mark it
     * done or to verify it: the student may have deleted the document in between).
     */
    @Transactional
    public ChecklistItemEntity changeState(long itemId, ItemState to, String comment, String ifMatch) {
        // Locked, so that two moves at once are judged one after the other.
        ChecklistItemEntity item = ChecklistItemEntity.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || !currentUser.maySee(item.placement.student.studentNumber)) {
            throw ApiException.notFound("Checklist item " + itemId);
        }
        Hibernate.initialize(item.template);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, item.version);
        }
        PlacementEntity placement = item.placement;
        ItemState from = item.state;
        Set<Actor> actors = actorsFor(placement);
        String what = "Checklist item " + item.id + " (" + item.template.code + ")";
        if (ChecklistRules.isClosed(placement.status)) {
            throw refused("Placement " + placement.id + " is " + placement.status
                    + "; its checklist is closed and its items no longer change.", Set.of());
        }
        if (!item.applicable) {
            throw refused(what + " no longer applies to placement " + placement.id + "; it is kept as it was.",
                    Set.of());
        }
        if (!ChecklistRules.isLegal(from, to)) {
            Set<ItemState> allowed = ChecklistRules.next(from, actors);
            throw refused(what + " is " + from + " and cannot become " + to + "."
                    + (allowed.isEmpty() ? " Your role cannot move it further." : " You can make it: " + allowed + "."),
                    allowed);
        }
        if (!ChecklistRules.mayMove(from, to, actors)) {
            throw ApiException.forbidden("Your role may not change a checklist item from " + from + " to " + to + ".");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (to == ItemState.DONE && note != null) {
            throw ApiException.invalid("comment", "is the office's, when it verifies an item or sends it back");
        }
        if (note == null && ChecklistRules.needsComment(from, to)) {
            throw ApiException.invalid("comment", "is required when an item is sent back to the student (OPEN)");
        }
        if (to != ItemState.OPEN && item.template.evidenceRequired && documents.count(item.id) == 0) {
            throw new ApiException(ProblemType.EVIDENCE_MISSING.problem("Checklist item " + item.id + " ("
                            + item.template.title + ") needs evidence: upload at least one document to it (POST "
                            + "/api/v1/checklist-items/" + item.id + "/documents) before it is marked done or verified.")
                    .with("templateCode", item.template.code));
        }
        switch (to) {
            case DONE -> {
                item.doneAt = Instants.now(clock);
                item.doneBy = currentUser.name();
            }
            case VERIFIED -> {
                item.verifiedAt = Instants.now(clock);
                item.verifiedBy = currentUser.name();
            }
            case OPEN -> {
            }
        }
        if (note != null) {
            item.comment = note;
            item.commentedBy = currentUser.name();
            item.commentedAt = Instants.now(clock);
        }
        item.state = to;
        audit.updated(item);
        item.flush();
        return item;
    }

    private Set<Actor> actorsFor(PlacementEntity placement) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (currentUser.hasRole(Roles.STAFF)) {
            actors.add(Actor.STAFF);
        }
        if (currentUser.owns(placement.student.studentNumber)) {
            actors.add(Actor.OWNER_STUDENT);
        }
        return actors;
    }

    private static ApiException refused(String detail, Set<ItemState> allowed) {
        return new ApiException(ProblemType.ILLEGAL_ITEM_TRANSITION.problem(detail)
                .with("allowedStates", allowed.stream().map(Enum::name).sorted().toList()));
    }
}
