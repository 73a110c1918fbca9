package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.ClaimStatus.APPROVED;
import static nl.bis.placements.usmleclaim.ClaimStatus.DRAFT;
import static nl.bis.placements.usmleclaim.ClaimStatus.PAID;
import static nl.bis.placements.usmleclaim.ClaimStatus.REJECTED;
import static nl.bis.placements.usmleclaim.ClaimStatus.SUBMITTED;
import static nl.bis.placements.usmleclaim.ClaimStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The claim state machine in plain Java: which status may follow which, and who may make each move.
 *
 * <pre>
 * DRAFT -> SUBMITTED | WITHDRAWN       the student whose claim it is (submitting needs the three documents)
 * SUBMITTED -> APPROVED | REJECTED     staff; approving names the amount, rejecting needs a reason
 * APPROVED -> PAID                     staff, with the payment date
 * </pre>
 *
 * Only a {@code DRAFT} can be changed or given documents. A rejected or withdrawn claim no longer counts as the
 * student's claim of its step, so they may start a new one.
 */
public final class UsmleClaimLifecycle {

    /** Who is asking, as far as the lifecycle cares. */
    public enum Actor {
        OWNER_STUDENT,
        STAFF
    }

    private record Move(ClaimStatus to, Actor actor) {
    }

    private static final Map<ClaimStatus, Set<Move>> MOVES = Map.of(
            DRAFT, Set.of(new Move(SUBMITTED, Actor.OWNER_STUDENT), new Move(WITHDRAWN, Actor.OWNER_STUDENT)),
            SUBMITTED, Set.of(new Move(APPROVED, Actor.STAFF), new Move(REJECTED, Actor.STAFF)),
            APPROVED, Set.of(new Move(PAID, Actor.STAFF)),
            REJECTED, Set.of(),
            PAID, Set.of(),
            WITHDRAWN, Set.of());

    private UsmleClaimLifecycle() {
    }

    /** Every status reachable in one move from {@code from}, whoever may make it. */
    public static Set<ClaimStatus> next(ClaimStatus from) {
        Set<ClaimStatus> next = EnumSet.noneOf(ClaimStatus.class);
        MOVES.get(from).forEach(move -> next.add(move.to()));
        return next;
    }

    /** The statuses these actors may move a claim to from {@code from}. */
    public static Set<ClaimStatus> next(ClaimStatus from, Set<Actor> actors) {
        Set<ClaimStatus> next = EnumSet.noneOf(ClaimStatus.class);
        MOVES.get(from).stream().filter(move -> actors.contains(move.actor())).forEach(move -> next.add(move.to()));
        return next;
    }

    public static boolean isLegal(ClaimStatus from, ClaimStatus to) {
        return next(from).contains(to);
    }

    /** Whether any of the actors may make the move. */
    public static boolean mayMove(ClaimStatus from, ClaimStatus to, Set<Actor> actors) {
        return next(from, actors).contains(to);
    }

    /** Whether the student may still change the claim and add documents to it. */
    public static boolean isEditable(ClaimStatus status) {
        return status == DRAFT;
    }

    /** Whether the claim is the student's claim of its step: one of these per step and student. */
    public static boolean counts(ClaimStatus status) {
        return status != REJECTED && status != WITHDRAWN;
    }

    public static boolean needsReason(ClaimStatus to) {
        return to == REJECTED;
    }
}
