package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The HTTP layer before and after the REST resources: problem responses for a path no route serves, a body over the
 * size limit and failures inside the HTTP layer.
 */
@ApplicationScoped
public class HttpErrorPages {

    @Inject
    ObjectMapper json;

    @Inject
    BodyLimits limits;

    void install(@Observes Router router) {
        // The HTTP layer would answer an oversized body with an empty 413; refuse it up front with a problem.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (ctx.request().uri().toLowerCase(java.util.Locale.ROOT).contains("%00")) {
                // PostgreSQL cannot store a NUL character; no path or query value may carry one.
                write(ctx, ProblemType.VALIDATION.problem(
                        "The address contains a NUL character (%00), which no parameter may hold."));
                return;
            }
            if (!parsable(ctx.request().uri())) {
                // Checked here rather than by Quarkus (see Main), whose answer would be an empty 400.
                write(ctx, ProblemType.VALIDATION.problem(
                        "The address is not a valid URI: characters such as <, >, {, }, | and spaces must be "
                                + "percent-encoded, and a placeholder such as <next> replaced by its value."));
                return;
            }
            if (length != null && tooLarge(length, limits.of(ctx.request()))) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                write(ctx, ProblemMapper.forStatus(413));
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, ProblemMapper.forStatus(404)));
        for (int status : new int[] {400, 404, 405, 413, 414, 431, 500, 503}) {
            router.errorHandler(status, ctx -> write(ctx, ProblemMapper.forStatus(status)));
        }
    }

    private static boolean parsable(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Answers with the problem unless an answer has begun; completes once it is written. */
    Future<Void> write(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return Future.succeededFuture();
        }
        try {
            String body = json.writeValueAsString(problem);
            return ctx.response().setStatusCode(problem.getStatus())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            return ctx.response().setStatusCode(problem.getStatus()).end();
        }
    }
}
