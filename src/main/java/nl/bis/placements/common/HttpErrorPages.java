package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem responses for what never reaches a REST resource: a path no route serves, a body over the size limit,
 * and failures inside the HTTP layer.
 */
@ApplicationScoped
public class HttpErrorPages {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        // The HTTP layer would answer an oversized body with an empty 413; refuse it up front with a problem.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
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

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        try {
            String body = json.writeValueAsString(problem);
            ctx.response().setStatusCode(problem.getStatus())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(problem.getStatus()).end();
        }
    }
}
