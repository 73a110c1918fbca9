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

        /** The largest request body, except for a document upload. */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();

        /**
         * The largest body of a document upload ({@code POST .../documents} as {@code multipart/form-data}): a file of
         * 10 MB and the rest of the form. {@code quarkus.http.limits.max-body-size}, the HTTP layer's own limit, is
         * set to it.
         */
        @WithDefault("10304K")
        io.quarkus.runtime.configuration.MemorySize maxUploadBodySize();

        /** How many uploads may be read at once (each is held in memory until complete); more wait for a 503. */
        @WithDefault("16")
        int concurrentUploads();
    }

    /** Bearer tokens: identities already verified are kept (see {@link VerifiedTokens}). */
    Auth auth();

    interface Auth {
        VerifiedTokensConfig verifiedTokens();

        interface VerifiedTokensConfig {
            /** The longest an identity is kept, however late its token expires. */
            @WithDefault("5M")
            Duration maxAge();

            /** How many identities are kept at most (the least used go first). */
            @WithDefault("10000")
            int maxSize();
        }
    }

    /** Settings of the local run mode; read by {@code LocalDatabase} before Quarkus starts. */
    Local local();

    interface Local {
        OptionalInt dbPort();
    }
}
