package nl.bis.placements.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Declares a request without a body to be JSON. An endpoint that takes an optional JSON body (a sign-up by POST, say)
 * would otherwise refuse a request that sends none, or none with another media type, with 415; without a body there
 * is no media type to check.
 */
@ApplicationScoped
public class BodylessRequestContentType {

    /**
     * The first route of all, as the first thing {@link HttpErrorPages} did before it had this job: installed before
     * that class's route of the same order, which Vert.x then runs after this one.
     */
    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (hasNoBody(ctx, ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
            }
            ctx.next();
        });
    }

    private static boolean hasNoBody(RoutingContext ctx, String contentLength) {
        return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null
                && (contentLength == null || contentLength.strip().equals("0"));
    }
}
