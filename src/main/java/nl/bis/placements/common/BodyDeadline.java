package nl.bis.placements.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Reads every request body in full on the I/O threads, within a deadline, before a worker thread takes the request.
 * The REST layer reads the bodies of blocking endpoints on the worker thread, waiting for each byte; a client that
 * trickles its body would hold that thread for as long as it likes, and a few hundred such clients would stall the
 * whole service. Here a client that has not sent its body by the deadline gets 408 and its connection is closed; one
 * that leaves halfway is of no interest beyond a debug line. A body may be as large as {@link BodyLimits} allows for
 * it; document uploads, which may be 10 MB, are read only so many at once ({@code placements.http.concurrent-uploads})
 * and refused with 503 beyond that, so memory stays bounded.
 */
@ApplicationScoped
public class BodyDeadline {

    private static final Logger LOG = Logger.getLogger(BodyDeadline.class);

    @Inject
    PlacementsConfig config;

    @Inject
    HttpErrorPages pages;

    @Inject
    BodyLimits limits;

    /** Uploads being read or answered now; each holds up to the upload limit in memory. */
    private final AtomicInteger uploads = new AtomicInteger();

    /** Right after {@link HttpErrorPages}'s first look at the request, so that refusals by headers come first. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::readBody);
    }

    private void readBody(RoutingContext ctx) {
        if (ctx.request().isEnded()) {
            ctx.next();
            return;
        }
        if (!BodyLimits.isUpload(ctx.request())) {
            new Reading(ctx, limits.of(ctx.request())).start();
        } else if (uploads.incrementAndGet() <= config.http().concurrentUploads()) {
            ctx.addEndHandler(ended -> uploads.decrementAndGet()); // the body is held until the answer is sent
            new Reading(ctx, limits.of(ctx.request())).start();
        } else {
            uploads.decrementAndGet();
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close").putHeader("Retry-After", "10");
            pages.write(ctx, ProblemType.SERVICE_UNAVAILABLE.problem(
                    "Too many uploads are being received at once. Send the file again in a few seconds."))
                    .onComplete(written -> ctx.request().connection().close());
        }
    }

    /** The reading of one request body; every callback runs on the connection's I/O thread. */
    private final class Reading {

        private final RoutingContext ctx;
        private final long limit;
        private final Buffer body = Buffer.buffer();
        private long timer;
        private boolean finished;

        Reading(RoutingContext ctx, long limit) {
            this.ctx = ctx;
            this.limit = limit;
        }

        void start() {
            long deadline = config.http().bodyDeadline().toMillis();
            timer = ctx.vertx().setTimer(deadline, id -> refuse(ProblemType.REQUEST_TIMEOUT.problem(
                    "The request body did not arrive within " + deadline / 1000 + " s. Send it again, in one go.")));
            ctx.request().handler(this::append);
            ctx.request().exceptionHandler(this::failed);
            ctx.request().endHandler(ended -> {
                if (finish()) {
                    ctx.setBody(body);
                    ctx.next();
                }
            });
            if (ctx.request().version() == HttpVersion.HTTP_1_1
                    && "100-continue".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.EXPECT))) {
                ctx.response().writeContinue(); // the client waits for it before sending the body (curl does)
            }
            ctx.request().resume();
        }

        private void append(Buffer chunk) {
            if (finished) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refuse(ProblemMapper.forStatus(413)); // a chunked body announces no length up front
            } else {
                body.appendBuffer(chunk);
            }
        }

        private void failed(Throwable failure) {
            if (!finish()) {
                return;
            }
            if (failure instanceof HttpClosedException || failure instanceof IOException) {
                LOG.debugf("The client left before sending the whole body of %s %s (%s)", ctx.request().method(),
                        ctx.request().path(), failure.getMessage());
            } else {
                LOG.debugf("The body of %s %s could not be read: %s", ctx.request().method(), ctx.request().path(),
                        failure.toString());
                refuse(ProblemMapper.forStatus(400));
            }
        }

        /** Answers, then closes the connection: the rest of the body would otherwise be read as the next request. */
        private void refuse(Problem problem) {
            finish();
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            pages.write(ctx, problem).onComplete(written -> ctx.request().connection().close());
        }

        /** Ends the reading once; whether this call did. */
        private boolean finish() {
            if (finished) {
                return false;
            }
            finished = true;
            ctx.vertx().cancelTimer(timer);
            return true;
        }
    }
}
