package nl.bis.placements.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

@ConfigMapping(prefix = "placements")
public interface PlacementsConfig {

    /** The zone whose calendar date is "today" for every deadline. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /** The token claim that carries a student's number. */
    @WithDefault("student_number")
    String studentNumberClaim();

    /**
     * The address clients reach the service at (e.g. {@code https://placements.example.org}); {@code Location}
     * headers are built on it. Without it they hold only the path, never a host taken from the request.
     */
    Optional<String> publicBaseUrl();

    /** Limits of the HTTP layer that protect the worker threads from slow clients. */
    Http http();

    interface Http {
        /** How long a client may take to send a request body, counted from its headers; then it gets 408. */
        @WithDefault("20S")
        Duration bodyDeadline();
    }

    /** Settings of the local run mode; read by {@code LocalDatabase} before Quarkus starts. */
    Local local();

    interface Local {
        OptionalInt dbPort();
    }
}
