package nl.bis.placements.placement;

import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Roles;

/** Who registers a placement or changes its details, as far as the rules for those details care. */
public enum Caller {

    /** The international office: may register after the cutoff with a reason, and names the student. */
    STAFF,
    /** A student, for themself: their name and e-mail come from their token, never from the draft. */
    STUDENT,
    /** KL-app relaying a registration: refused after its cutoff like a student; the source of the student's name. */
    KL_APP;

    /** The caller of a request that registers or changes a placement: staff, or else the student it is for. */
    static Caller of(CurrentUser user) {
        return user.hasRole(Roles.STAFF) ? STAFF : STUDENT;
    }

    /** Whether a registration after its cutoff is accepted from this caller when it gives a reason. */
    public boolean acceptsLateRegistration() {
        return this == STAFF;
    }

    /** Whether the student's name and e-mail in this caller's draft are written to the student. */
    public boolean namesTheStudent() {
        return this != STUDENT;
    }
}
