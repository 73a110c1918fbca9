package nl.bis.placements.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL of the {@code local} profile: a real server whose data directory survives restarts.
 * Only the local build contains it, and it runs only when the active profile is {@code local}.
 */
public final class LocalDatabase {

    static final String PROFILE = "local";

    private LocalDatabase() {
    }

    public static boolean isRequested() {
        return isRequested(activeProfile());
    }

    static boolean isRequested(String profile) {
        return profile != null && java.util.Arrays.asList(profile.split(",")).contains(PROFILE);
    }

    private static String activeProfile() {
        String property = System.getProperty("quarkus.profile");
        return property != null ? property : System.getenv("QUARKUS_PROFILE");
    }

    public static void start() {
        // Read before Quarkus (and its configuration) starts; the same names feed the local JDBC URL.
        int port = Integer.parseInt(setting("placements.local.db-port", "PLACEMENTS_LOCAL_DB_PORT", "54329"));
        Path dataDir = Path.of(setting("placements.local.data-dir", "PLACEMENTS_LOCAL_DATA_DIR", ".local-data/postgres"))
                .toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "local-postgres-stop"));
            System.out.printf("Local PostgreSQL on port %d, data in %s%n", port, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("The local PostgreSQL could not start in " + dataDir, e);
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("The local PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
