package nl.bis.placements.common;

import java.util.List;

/**
 * A refusal a service decides on; the mapper layer turns it into its problem response unchanged.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public ApiException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " does not exist.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    /** A 400 naming several members at once. */
    public static ApiException invalid(List<Problem.Violation> violations) {
        return new ApiException(ProblemType.VALIDATION.problem("The request has invalid fields; see violations.")
                .withViolations(violations.stream()
                        .sorted(java.util.Comparator.comparing(Problem.Violation::field)).toList()));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION.problem("The request has invalid fields; see violations.")
                .withViolations(List.of(new Problem.Violation(field, message))));
    }

    public static ApiException preconditionRequired() {
        return new ApiException(ProblemType.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag of the version you read; it protects you from overwriting a change you have not seen.");
    }

    public static ApiException preconditionFailed(String currentETag) {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The resource was changed since you read it (current ETag " + currentETag
                        + "). Read it again and reapply your change.");
    }
}
