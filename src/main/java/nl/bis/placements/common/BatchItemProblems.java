package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * The problem for a failure of one item of a batch, which is answered inside a 200 rather than as a response of its
 * own. Failures read as {@link ProblemMapper} reads them for a request; unexpected ones are logged and described
 * without detail.
 */
public final class BatchItemProblems {

    private static final Logger LOG = Logger.getLogger(BatchItemProblems.class);

    private BatchItemProblems() {
    }

    public static Problem of(Throwable e) {
        if (e instanceof ApiException api) {
            return api.problem();
        }
        if (e instanceof ConstraintViolationException violations) {
            return ProblemMapper.problemFor(violations);
        }
        if (e instanceof InvalidParameterException invalid) {
            return ProblemMapper.validation().withViolations(List.of(new Problem.Violation(
                    invalid.parameter() == null ? "parameter" : invalid.parameter(), invalid.getMessage())));
        }
        if (e instanceof IllegalArgumentException && e.getCause() instanceof JsonProcessingException unreadable) {
            return ProblemMapper.problemFor(unreadable); // ObjectMapper.convertValue wraps what it could not read
        }
        if (e instanceof JsonProcessingException unreadable) {
            return ProblemMapper.problemFor(unreadable);
        }
        if (e instanceof org.hibernate.exception.ConstraintViolationException
                || e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return ProblemType.CONFLICT.problem(
                    "The item collided with a change made at the same moment. Send it again.");
        }
        if (ProblemMapper.causedByConnectionLoss(e)) {
            return ProblemMapper.unavailableProblem();
        }
        LOG.error("Unexpected failure of a batch item", e);
        return ProblemMapper.internal();
    }
}
