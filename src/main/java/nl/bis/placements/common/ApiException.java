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

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String what) {
        return new ApiException(new Problem("not-found", "Not found", 404, what + " does not exist."));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(new Problem("forbidden", "Forbidden", 403, detail));
    }

    /** A 400 naming several members at once. */
    public static ApiException invalid(List<Problem.Violation> violations) {
        return new ApiException(new Problem("validation", "Invalid request", 400,
                "The request has invalid fields; see violations.").withViolations(violations.stream()
                .sorted(java.util.Comparator.comparing(Problem.Violation::field)).toList()));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(new Problem("validation", "Invalid request", 400,
                "The request has invalid fields; see violations.")
                .withViolations(List.of(new Problem.Violation(field, message))));
    }

    public static ApiException conflict(String slug, String title, String detail) {
        return new ApiException(new Problem(slug, title, 409, detail));
    }

    public static ApiException unprocessable(String slug, String title, String detail) {
        return new ApiException(new Problem(slug, title, 422, detail));
    }

    public static ApiException preconditionRequired() {
        return new ApiException(new Problem("precondition-required", "Precondition required", 428,
                "Send If-Match with the ETag of the version you read; it protects you from overwriting a change you have not seen."));
    }

    public static ApiException preconditionFailed(String currentETag) {
        return new ApiException(new Problem("precondition-failed", "Precondition failed", 412,
                "The resource was changed since you read it (current ETag " + currentETag
                        + "). Read it again and reapply your change."));
    }
}
