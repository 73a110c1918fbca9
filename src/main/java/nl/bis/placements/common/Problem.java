package nl.bis.placements.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body, made by {@link ProblemType#problem(String)}. Business refusals add extension
 * members (for example {@code cutoff} and {@code ruleId}) through {@link #with(String, Object)}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "violations"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    private final ProblemType type;
    private final int status;
    private final String detail;
    private List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Problem(ProblemType type, int status, String detail) {
        this.type = type;
        this.status = status;
        this.detail = detail;
    }

    public Problem with(String member, Object value) {
        if (value != null) {
            extensions.put(member, value);
        }
        return this;
    }

    public Problem withViolations(List<Violation> violations) {
        this.violations = violations.isEmpty() ? null : List.copyOf(violations);
        return this;
    }

    public String getType() {
        return type.uri();
    }

    public String getTitle() {
        return type.title();
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public List<Violation> getViolations() {
        return violations;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
