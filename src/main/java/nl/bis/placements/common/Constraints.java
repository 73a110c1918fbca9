package nl.bis.placements.common;

import org.hibernate.exception.ConstraintViolationException;

/** The database's refusals that features answer with a problem of their own. */
public final class Constraints {

    private Constraints() {
    }

    /**
     * Whether the failure is the database refusing a row by the named constraint: a unique index that settles a race
     * between two requests (one claim per step, one open exemption per conflict).
     */
    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
