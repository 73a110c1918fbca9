package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A database that goes away is a 503, however the failure reaches the mapper: as a cause, as an exception the
 * transaction manager attaches to a failed commit (suppressed), or as the next exception of a batch. A transaction
 * the database ends to let another go on (a deadlock) is a 409 to retry, never a 500.
 */
class ConnectionLossTest {

    private static SQLException terminated() {
        return new SQLException("terminating connection due to administrator command", "57P01");
    }

    @Test
    void aLostConnectionAsTheCauseIsALoss() {
        assertTrue(ProblemMapper.causedByConnectionLoss(new IllegalStateException("commit", terminated())));
    }

    @Test
    void aLostConnectionAttachedToAFailedCommitIsALoss() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(terminated());
        assertTrue(ProblemMapper.causedByConnectionLoss(new IllegalStateException(commit)));
    }

    @Test
    void aLostConnectionInTheNextExceptionOfABatchIsALoss() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "25P02", 0, new int[0]);
        batch.setNextException(terminated());
        assertTrue(ProblemMapper.causedByConnectionLoss(batch));
    }

    @Test
    void otherFailuresAreNot() {
        SQLException unique = new SQLException("duplicate key", "23505");
        RollbackException commit = new RollbackException("rolled back");
        commit.addSuppressed(unique);
        assertFalse(ProblemMapper.causedByConnectionLoss(new IllegalStateException(commit)));
    }

    @Test
    void aCycleOfCausesEnds() {
        IllegalStateException a = new IllegalStateException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(ProblemMapper.causedByConnectionLoss(a));
    }

    @Test
    void aDeadlockOrSerializationFailureIsALockConflictNotALoss() {
        for (String state : new String[] {"40P01", "40001", "55P03"}) {
            RuntimeException failure = new IllegalStateException("commit",
                    new SQLException("ERROR: deadlock detected", state));
            assertTrue(ProblemMapper.causedByLockConflict(failure), state);
            assertFalse(ProblemMapper.causedByConnectionLoss(failure), state);
        }
        assertFalse(ProblemMapper.causedByLockConflict(new SQLException("duplicate key", "23505")));
    }
}
