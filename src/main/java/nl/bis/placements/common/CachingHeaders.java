package nl.bis.placements.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every answer carries, whichever layer writes it: {@code X-Content-Type-Options: nosniff}, and
 * {@code Cache-Control: no-store} unless the answer says itself how it may be cached (the public deadline
 * calculator does). Answers hold personal data unless they say otherwise, so nothing is kept by a browser or proxy.
 */
@ApplicationScoped
public class CachingHeaders {

    private static final String NOSNIFF = "X-Content-Type-Options";

    void install(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                var headers = ctx.response().headers();
                headers.set(NOSNIFF, "nosniff");
                if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                    headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
            ctx.next();
        }, 10_000);
    }
}
