package nl.bis.placements.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Fills the audit columns: the calling user, and "now" from the injected clock as it is stored (see Instants). */
@ApplicationScoped
public class Audit {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    /** A new record: created (and, for an {@link AuditedEntity}, last updated) by the caller, now. */
    public void created(CreatedEntity entity) {
        entity.created(currentUser.name(), Instants.now(clock));
    }

    /** A changed record: last updated by the caller, now. */
    public void updated(Stamped entity) {
        entity.updated(currentUser.name(), Instants.now(clock));
    }
}
