package nl.bis.placements.checklist;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.placement.PlacementStatus;

/**
 * The checklist rules in plain Java: which templates apply to a placement, when an item is due, how an item moves
 * from state to state and who may move it, and when an item counts for the readiness gate.
 *
 * <pre>
 * OPEN -> DONE          the student themself or staff; with evidence required only once a document is attached
 * DONE -> VERIFIED      staff
 * DONE -> OPEN          staff, sending it back with a comment (the comment is kept on the item)
 * </pre>
 *
 * A template applies when its set and itself are enabled, the placement's type is one of its types (none listed: every
 * type), the destination is in one of its groups (none listed: every destination) and, for a template for minors
 * only, the student is under 18 on the departure date.
 */
public final class ChecklistRules {

    /** Groups of destinations a template can be limited to, as the destination data classifies each country. */
    public enum DestinationGroup {
        /** The Caribbean parts of the Kingdom: Aruba, Curaçao, Sint Maarten, Bonaire, Sint Eustatius and Saba. */
        CARIBBEAN_NETHERLANDS,
        /** A member state of the EU or the EEA (with the EU's outermost regions, such as French Guiana). */
        EU_EEA,
        /** Anywhere else, the Caribbean parts of the Kingdom included. */
        OUTSIDE_EU_EEA,
        /** Non-western in the classic classification of Statistics Netherlands (CBS). */
        NON_WESTERN
    }

    /** What an item's due date is counted from. */
    public enum DueAnchor {
        BEFORE_DEPARTURE,
        AFTER_RETURN
    }

    /** What an item holds up until it counts as settled. */
    public enum Blocking {
        /** The move to ABROAD. */
        DEPARTURE,
        /** The move to COMPLETED. */
        COMPLETION,
        /** Nothing: a reminder. */
        ADVISORY
    }

    public enum ItemState {
        OPEN,
        DONE,
        VERIFIED
    }

    /** Who is asking, as far as the item's states care. */
    public enum Actor {
        OWNER_STUDENT,
        STAFF
    }

    /** What a template says about where and when it applies. */
    public record Terms(Set<String> placementTypes, Set<DestinationGroup> destinationGroups, boolean minorsOnly,
                        DueAnchor dueAnchor, int offsetDays) {
    }

    /** What the rules need to know of a destination. */
    public record Destination(boolean euEea, boolean caribbeanNetherlands, boolean nonWestern) {
    }

    /** What the rules need to know of a placement. */
    public record Placement(String placementType, Destination destination, LocalDate departure, LocalDate returnDate,
                            LocalDate birthDate) {
    }

    /** What recomputing does to an item of a template, given whether the template applies now. */
    public enum Recompute {
        /** The template applies and the placement has no item of it yet. */
        CREATE,
        /** The item applies (again): it keeps its state and takes the current due date. */
        APPLY,
        /** The item no longer applies: it is kept, with its state, its comment and its documents. */
        SET_ASIDE,
        /** Nothing to do: there is no item and the template does not apply. */
        NONE
    }

    private static final int AGE_OF_MAJORITY = 18;
    private static final Set<PlacementStatus> CLOSED =
            EnumSet.of(PlacementStatus.WITHDRAWN, PlacementStatus.REJECTED, PlacementStatus.COMPLETED);
    private static final Map<ItemState, Map<ItemState, Set<Actor>>> MOVES = Map.of(
            ItemState.OPEN, Map.of(ItemState.DONE, EnumSet.of(Actor.OWNER_STUDENT, Actor.STAFF)),
            ItemState.DONE, Map.of(ItemState.VERIFIED, EnumSet.of(Actor.STAFF), ItemState.OPEN, EnumSet.of(Actor.STAFF)),
            ItemState.VERIFIED, Map.of());

    private ChecklistRules() {
    }

    // ------------------------------------------------------------------------------------------ applicability

    /** The groups a destination belongs to. */
    public static Set<DestinationGroup> groupsOf(Destination destination) {
        Set<DestinationGroup> groups = EnumSet.noneOf(DestinationGroup.class);
        groups.add(destination.euEea() ? DestinationGroup.EU_EEA : DestinationGroup.OUTSIDE_EU_EEA);
        if (destination.caribbeanNetherlands()) {
            groups.add(DestinationGroup.CARIBBEAN_NETHERLANDS);
        }
        if (destination.nonWestern()) {
            groups.add(DestinationGroup.NON_WESTERN);
        }
        return groups;
    }

    /** Whether the student is under 18 on the departure date; an unknown birth date is taken as of age. */
    public static boolean isMinor(LocalDate birthDate, LocalDate departure) {
        return birthDate != null && Period.between(birthDate, departure).getYears() < AGE_OF_MAJORITY;
    }

    /** Whether a template with these terms applies to the placement (its set and itself being enabled). */
    public static boolean applies(Terms terms, Placement placement) {
        if (!terms.placementTypes().isEmpty() && !terms.placementTypes().contains(placement.placementType())) {
            return false;
        }
        if (!terms.destinationGroups().isEmpty()
                && terms.destinationGroups().stream().noneMatch(groupsOf(placement.destination())::contains)) {
            return false;
        }
        return !terms.minorsOnly() || isMinor(placement.birthDate(), placement.departure());
    }

    /** The due date: so many days before departure, or so many days after return. */
    public static LocalDate dueDate(Terms terms, Placement placement) {
        return switch (terms.dueAnchor()) {
            case BEFORE_DEPARTURE -> placement.departure().minusDays(terms.offsetDays());
            case AFTER_RETURN -> placement.returnDate().plusDays(terms.offsetDays());
        };
    }

    /**
     * What recomputing does to the item of one template; {@code hasItem}: the placement has an item of it. Items are
     * never deleted by recomputing: one that no longer applies is set aside (not applicable), whatever its state, so
     * that what the student did and uploaded stays on record and comes back if the template applies again.
     */
    public static Recompute recompute(boolean hasItem, boolean applies) {
        if (!hasItem) {
            return applies ? Recompute.CREATE : Recompute.NONE;
        }
        return applies ? Recompute.APPLY : Recompute.SET_ASIDE;
    }

    /** Placements whose checklist is closed: no longer recomputed, and their items no longer change. */
    public static boolean isClosed(PlacementStatus status) {
        return CLOSED.contains(status);
    }

    /** The placement statuses whose checklists are recomputed when templates change. */
    public static Set<PlacementStatus> activeStatuses() {
        Set<PlacementStatus> active = EnumSet.allOf(PlacementStatus.class);
        active.removeAll(CLOSED);
        return active;
    }

    // ------------------------------------------------------------------------------------------ states

    public static boolean isLegal(ItemState from, ItemState to) {
        return MOVES.get(from).containsKey(to);
    }

    /** Whether any of the actors may make the (legal) move. */
    public static boolean mayMove(ItemState from, ItemState to, Set<Actor> actors) {
        Set<Actor> allowed = MOVES.get(from).get(to);
        return allowed != null && allowed.stream().anyMatch(actors::contains);
    }

    /** The states these actors may move an item to from {@code from}. */
    public static Set<ItemState> next(ItemState from, Set<Actor> actors) {
        Set<ItemState> next = EnumSet.noneOf(ItemState.class);
        MOVES.get(from).forEach((to, allowed) -> {
            if (allowed.stream().anyMatch(actors::contains)) {
                next.add(to);
            }
        });
        return next;
    }

    /** Sending an item back to the student needs a comment saying what is wrong. */
    public static boolean needsComment(ItemState from, ItemState to) {
        return from == ItemState.DONE && to == ItemState.OPEN;
    }

    // ------------------------------------------------------------------------------------------ readiness

    /**
     * Whether an item settles what it blocks: the office checks evidence, so an item that needs evidence counts once
     * staff VERIFIED it; one that needs none counts once it is DONE.
     */
    public static boolean settled(ItemState state, boolean evidenceRequired) {
        return state == ItemState.VERIFIED || state == ItemState.DONE && !evidenceRequired;
    }

    /** Whether an item holds up a move of the placement to {@code to} (ABROAD or COMPLETED). */
    public static boolean holdsUp(Blocking blocking, PlacementStatus to) {
        return blocking == Blocking.DEPARTURE && to == PlacementStatus.ABROAD
                || blocking == Blocking.COMPLETION && to == PlacementStatus.COMPLETED;
    }

    /** An applicable item still OPEN after its due date (today in the service's zone). */
    public static boolean isOverdue(ItemState state, boolean applicable, LocalDate due, LocalDate today) {
        return applicable && state == ItemState.OPEN && due.isBefore(today);
    }
}
