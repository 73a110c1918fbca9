package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become RFC 9457 problem responses. Nothing from an exception (class names, messages of
 * libraries, stack traces) reaches the client except through the explicit texts written here.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return respond(problemFor(e));
    }

    static Problem problemFor(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::isMissingIfMatch)) {
            // The contract marks If-Match required; its absence is the precondition problem, not a bad parameter.
            return ApiException.preconditionRequired().problem();
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return validation().withViolations(violations);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        String name = e.parameter() != null ? e.parameter() : nameOf(e.value(), uri);
        return respond(validation().withViolations(List.of(new Problem.Violation(name, e.getMessage()))));
    }

    /** The query or path parameter that carried a value. */
    private static String nameOf(String value, UriInfo uri) {
        for (var parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
            for (var entry : parameters.entrySet()) {
                if (entry.getValue().contains(value)) {
                    return entry.getKey();
                }
            }
        }
        return "parameter";
    }

    /** Listed one by one, because the JSON extension maps some of these subtypes itself (without problem+json). */
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
        InvalidFormatException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e) {
        return respond(problemFor(e));
    }

    @ServerExceptionMapper
    public Response unreadableJsonOfAService(UnreadableJsonException e) {
        return respond(problemFor(e.json()));
    }

    /** The problem for a body Jackson could not read: the member it stopped at, or "not well-formed". */
    static Problem problemFor(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return malformed("The body has more content after its JSON value; send exactly one JSON value.");
        }
        if (e instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (!field.isEmpty()) {
                return validation().withViolations(List.of(new Problem.Violation(field, describe(mapping))));
            }
            if (mapping instanceof MismatchedInputException) {
                return malformed("The body is well-formed JSON of the wrong shape: a JSON object is expected.");
            }
        }
        return malformed("The body is not well-formed JSON.");
    }

    private static Problem malformed(String detail) {
        return ProblemType.MALFORMED_REQUEST.problem(detail);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(respond(unauthorizedProblem()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemType.FORBIDDEN.problem("Your role does not allow this operation."));
    }

    /** Two writers read the same version; the later one to commit lost (the If-Match check passed for both). */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e) {
        return respond(ProblemType.PRECONDITION_FAILED.problem(
                "The resource was changed by another request at the same time. Read it again and reapply your change."));
    }

    /** A write that lost a race against another one on a database constraint; repeating it gives the real answer. */
    @ServerExceptionMapper
    public Response integrityConflict(org.hibernate.exception.ConstraintViolationException e) {
        LOG.info("Write refused by a database constraint: " + e.getConstraintName());
        return respond(ProblemType.CONFLICT.problem(
                "The request conflicts with a change made at the same moment. Read the current state and retry."));
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e) {
        LOG.warn("Database unavailable: " + e.getMessage());
        return unavailable();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return respond(problemFor(unreadable));
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Server error while handling a request", e);
        }
        Problem problem = status == 415 && "PATCH".equals(request.getMethod())
                ? ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/merge-patch+json (RFC 7396).")
                : forStatus(status);
        Response.ResponseBuilder builder = Response.fromResponse(respond(problem));
        if (status == 405) {
            builder.header(HttpHeaders.ALLOW, AllowedMethods.forPath(uri.getPath()));
        }
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (causedByConnectionLoss(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return unavailable();
        }
        LOG.error("Unexpected failure while handling a request", e);
        return respond(internal());
    }

    // ---------------------------------------------------------------------------------------------

    static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Problem validation() {
        return ProblemType.VALIDATION.problem("The request has invalid fields; see violations.");
    }

    static Problem unauthorizedProblem() {
        return ProblemType.UNAUTHORIZED.problem(
                "A valid bearer token is required: signed by the configured issuer, unexpired, for this audience.");
    }

    static Problem internal() {
        return ProblemType.INTERNAL.problem(
                "The request could not be completed because of an error on our side. It has been logged.");
    }

    /** Problems for statuses the framework raises itself (routing, content negotiation, ...). */
    static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> malformed("The request could not be understood.");
            case 401 -> unauthorizedProblem();
            case 403 -> ProblemType.FORBIDDEN.problem("Your role does not allow this operation.");
            case 404 -> ProblemType.NOT_FOUND.problem("There is no resource at this address.");
            case 405 -> ProblemType.METHOD_NOT_ALLOWED.problem(
                    "This resource does not support that method; see the Allow header.");
            case 406 -> ProblemType.NOT_ACCEPTABLE.problem(
                    "This resource cannot answer in any of the media types in your Accept header.");
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is too large.");
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/json.");
            case 503 -> unavailableProblem();
            default -> status >= 500 ? internal()
                    : ProblemType.CLIENT_ERROR.problem(status, "The request was refused.");
        };
    }

    static Problem unavailableProblem() {
        return ProblemType.SERVICE_UNAVAILABLE.problem(
                "The service cannot reach its database right now. Retry in a few seconds.");
    }

    private static Response unavailable() {
        return Response.fromResponse(respond(unavailableProblem())).header("Retry-After", "5").build();
    }

    /**
     * Whether a failure means the database cannot serve this request right now: a lost connection (SQL state class
     * 08), the server shutting down or starting up (57P01-57P03), as during a restart, or no free connection in time.
     */
    static boolean causedByConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // The pool says it had no connection to give in time only in words (no SQL state): busy, retry.
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            if (target == String.class) {
                var path = e.getPath();
                String member = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
                return TextRules.problemIn(member, String.valueOf(invalid.getValue()))
                        .orElse("cannot be read");
            }
            if (target == java.time.LocalDate.class) {
                return invalid.getValue() instanceof String text && ParameterConverters.dateShaped(text)
                        ? ParameterConverters.nonexistentDate(text)
                        : "must be a date in ISO-8601 format (yyyy-MM-dd)";
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return "must be a number";
            }
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null
                && instantiation.getType().isEnumType()) {
            return "must be one of " + java.util.Arrays.toString(instantiation.getType().getRawClass().getEnumConstants());
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type or is missing";
        }
        return "cannot be read";
    }

    private static boolean isMissingIfMatch(ConstraintViolation<?> violation) {
        return violation.getInvalidValue() == null && StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .anyMatch(node -> node.getKind() == ElementKind.PARAMETER && "ifMatch".equals(node.getName()));
    }

    /** The field a violation is about: the bean path after the method and parameter nodes. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .filter(n -> n != null && !n.startsWith("<"))
                .toList();
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .findFirst().orElse("body");
    }
}
