package nl.bis.placements.message;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.bis.placements.placement.DetailsObserver;
import nl.bis.placements.placement.PlacementEntity;

/**
 * For the tests only: a feature that refuses a registration marked by its notes at the last moment, when every
 * observer has run and its messages are written, so that a test sees them roll back with it.
 */
@ApplicationScoped
public class RefusingObserver implements DetailsObserver {

    static final String MARKER = "refused after its messages";

    /** Whether the refused registration's message was in the outbox, in its transaction, just before the refusal. */
    static volatile boolean sawItsMessage;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public void detailsSet(PlacementEntity placement) {
    }

    @Override
    public void registered(PlacementEntity placement) {
        if (!MARKER.equals(placement.notes)) {
            return;
        }
        long id = placement.id;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                sawItsMessage = OutboxMessageEntity.count("placementId", id) > 0;
                QuarkusTransaction.setRollbackOnly();
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
