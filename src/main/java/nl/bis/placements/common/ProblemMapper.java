package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
        return respond(InputProblems.problemFor(e));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        String name = e.parameter() != null ? e.parameter() : nameOf(e.value(), uri);
        return respond(InputProblems.validation().withViolations(List.of(new Problem.Violation(name, e.getMessage()))));
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
        return respond(InputProblems.problemFor(e));
    }

    @ServerExceptionMapper
    public Response unreadableJsonOfAService(UnreadableJsonException e) {
        return respond(InputProblems.problemFor(e.json()));
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
            return respond(InputProblems.problemFor(unreadable));
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Server error while handling a request", e);
        }
        Problem problem = status != 415 ? forStatus(status)
                : "PATCH".equals(request.getMethod())
                ? ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/merge-patch+json (RFC 7396).")
                : uri.getPath().endsWith("/documents")
                ? ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(
                        "Send the file as multipart/form-data, in a part named \"file\".")
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

    /**
     * A multipart form is parsed on the worker thread from the body read in full before ({@link BodyDeadline}); the
     * parser fails with an I/O error when that body ends before its closing boundary or is otherwise not a form.
     */
    @ServerExceptionMapper
    public Response unreadableForm(java.io.IOException e, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            LOG.debugf("Unreadable multipart body: %s", e.getMessage());
            return respond(InputProblems.malformed("The multipart/form-data body is not well-formed: it ends before "
                    + "its closing boundary or its parts cannot be read. Send the whole form again."));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (causedByConnectionLoss(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return unavailable();
        }
        if (causedByLockConflict(e)) {
            LOG.info("Transaction ended by the database for another one: " + e.getMessage());
            return respond(ProblemType.CONFLICT.problem(
                    "The request conflicts with a change made at the same moment. Read the current state and retry."));
        }
        LOG.error("Unexpected failure while handling a request", e);
        return respond(internal());
    }

    // ---------------------------------------------------------------------------------------------

    static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
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
            case 400 -> InputProblems.malformed("The request could not be understood.");
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
     * Whether the database went away, looking through causes, the exceptions a failed commit carries as suppressed
     * and the next exceptions of a failed batch: which of them holds the SQL state depends on the moment it went.
     */
    static boolean causedByConnectionLoss(Throwable e) {
        return anyInChain(e, ProblemMapper::isConnectionLoss);
    }

    /**
     * Whether the database ended the request's transaction to let another one go on: a deadlock (40P01), a
     * serialization failure (40001) or a lock it could not get (55P03). Repeating the request gives the real answer.
     */
    static boolean causedByLockConflict(Throwable e) {
        return anyInChain(e, t -> t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && List.of("40P01", "40001", "55P03").contains(sql.getSQLState()));
    }

    private static boolean anyInChain(Throwable e, java.util.function.Predicate<Throwable> test) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            List.of(t.getSuppressed()).forEach(pending::push);
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                pending.push(sql.getNextException());
            }
        }
        return false;
    }

    /**
     * A lost connection (SQL state class 08), the server shutting down or starting up (57P01-57P03), as during a
     * restart, or no free connection in time.
     */
    private static boolean isConnectionLoss(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]");
        }
        // The pool says it had no connection to give in time only in words (no SQL state): busy, retry.
        return t instanceof java.sql.SQLException sql && sql.getMessage() != null
                && sql.getMessage().contains("acquisition timeout");
    }
}
