package nl.bis.placements.placement;

import static nl.bis.placements.placement.PlacementStatus.ABROAD;
import static nl.bis.placements.placement.PlacementStatus.APPROVED;
import static nl.bis.placements.placement.PlacementStatus.COMPLETED;
import static nl.bis.placements.placement.PlacementStatus.INTAKE_SCHEDULED;
import static nl.bis.placements.placement.PlacementStatus.REGISTERED;
import static nl.bis.placements.placement.PlacementStatus.REJECTED;
import static nl.bis.placements.placement.PlacementStatus.RETURNED;
import static nl.bis.placements.placement.PlacementStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The placement state machine in plain Java: which status may follow which, and who may make each move.
 *
 * <pre>
 * REGISTERED -> INTAKE_SCHEDULED -> APPROVED | REJECTED       staff or coordinator; rejecting needs a reason
 * REGISTERED | INTAKE_SCHEDULED | APPROVED -> WITHDRAWN       the student themself or staff
 * APPROVED -> ABROAD -> RETURNED -> COMPLETED                  staff
 * </pre>
 */
public final class PlacementLifecycle {

    /** Who is asking, as far as the lifecycle cares. */
    public enum Actor {
        OWNER_STUDENT,
        STAFF,
        COORDINATOR
    }

    private record Move(PlacementStatus to, Set<Actor> actors) {
    }

    private static final Set<Actor> REVIEWERS = EnumSet.of(Actor.STAFF, Actor.COORDINATOR);
    private static final Set<Actor> STUDENT_OR_STAFF = EnumSet.of(Actor.OWNER_STUDENT, Actor.STAFF);
    private static final Set<Actor> STAFF = EnumSet.of(Actor.STAFF);

    private static final Map<PlacementStatus, Set<Move>> MOVES = Map.of(
            REGISTERED, Set.of(new Move(INTAKE_SCHEDULED, REVIEWERS), new Move(WITHDRAWN, STUDENT_OR_STAFF)),
            INTAKE_SCHEDULED, Set.of(new Move(APPROVED, REVIEWERS), new Move(REJECTED, REVIEWERS),
                    new Move(WITHDRAWN, STUDENT_OR_STAFF)),
            APPROVED, Set.of(new Move(ABROAD, STAFF), new Move(WITHDRAWN, STUDENT_OR_STAFF)),
            ABROAD, Set.of(new Move(RETURNED, STAFF)),
            RETURNED, Set.of(new Move(COMPLETED, STAFF)),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of(),
            COMPLETED, Set.of());

    private PlacementLifecycle() {
    }

    /** Every status reachable in one move from {@code from}, whoever may make it. */
    public static Set<PlacementStatus> next(PlacementStatus from) {
        Set<PlacementStatus> next = EnumSet.noneOf(PlacementStatus.class);
        MOVES.get(from).forEach(move -> next.add(move.to()));
        return next;
    }

    /** The statuses these actors may move a placement to from {@code from}. */
    public static Set<PlacementStatus> next(PlacementStatus from, Set<Actor> actors) {
        Set<PlacementStatus> next = EnumSet.noneOf(PlacementStatus.class);
        MOVES.get(from).stream().filter(move -> move.actors().stream().anyMatch(actors::contains))
                .forEach(move -> next.add(move.to()));
        return next;
    }

    public static boolean isLegal(PlacementStatus from, PlacementStatus to) {
        return next(from).contains(to);
    }

    /** Whether any of the actors may make a legal move. */
    public static boolean mayMove(PlacementStatus from, PlacementStatus to, Set<Actor> actors) {
        return MOVES.get(from).stream()
                .anyMatch(move -> move.to() == to && move.actors().stream().anyMatch(actors::contains));
    }

    public static boolean needsReason(PlacementStatus to) {
        return to == REJECTED;
    }
}
