package nl.bis.placements.common;

import static io.quarkus.runtime.configuration.DurationConverter.parseDuration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import nl.bis.placements.local.DemoTokens;
import nl.bis.placements.local.LocalDatabaseAccess;
import org.junit.jupiter.api.Test;

/** The production profile trusts only its configured OIDC server and never starts the embedded database. */
class ProductionProfileTest {

    private static SmallRyeConfig configFor(String profile) throws IOException {
        URL properties = ProductionProfileTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250))
                .build();
    }

    /** The local build's configuration: application.properties overlaid by application-local.properties. */
    private static SmallRyeConfig localConfig() throws IOException {
        ClassLoader loader = ProductionProfileTest.class.getClassLoader();
        return new SmallRyeConfigBuilder()
                .withProfile("local")
                .withSources(new PropertiesConfigSource(loader.getResource("application.properties"), 250))
                .withSources(new PropertiesConfigSource(loader.getResource("application-local.properties"), 260))
                .build();
    }

    @Test
    void productionKnowsNoDemoIssuerOrDemoKey() throws IOException {
        SmallRyeConfig prod = configFor("prod");

        assertEquals(Optional.empty(), prod.getOptionalValue("quarkus.oidc.public-key", String.class));
        assertEquals(Optional.empty(), prod.getOptionalValue("quarkus.oidc.token.issuer", String.class));
        assertFalse(prod.getOptionalValue("quarkus.swagger-ui.enabled", Boolean.class).orElse(false));
    }

    @Test
    void productionTakesItsDatabaseAndIssuerFromTheEnvironment() throws IOException {
        SmallRyeConfig prod = configFor("prod");

        assertEquals(Optional.empty(), prod.getOptionalValue("quarkus.datasource.jdbc.url", String.class));
        assertEquals(Optional.empty(), prod.getOptionalValue("quarkus.oidc.auth-server-url", String.class));
    }

    @Test
    void theLocalProfileTrustsOnlyTheDemoIssuer() throws IOException {
        SmallRyeConfig local = localConfig();

        assertEquals(DemoTokens.ISSUER, local.getValue("quarkus.oidc.token.issuer", String.class));
        assertTrue(local.getOptionalValue("quarkus.oidc.public-key", String.class).isPresent());
    }

    @Test
    void productionBoundsSlowAndIdleClients() throws IOException {
        SmallRyeConfig prod = configFor("prod");
        Duration bodyDeadline = parseDuration(prod.getValue("placements.http.body-deadline", String.class));
        Duration idleTimeout = parseDuration(prod.getValue("quarkus.http.idle-timeout", String.class));

        assertTrue(idleTimeout.compareTo(Duration.ofMinutes(1)) <= 0, "idle connections close within a minute");
        assertTrue(bodyDeadline.compareTo(idleTimeout) < 0, "a stalled body gets its 408 before the idle timeout");
        assertTrue(prod.getOptionalValue("quarkus.http.limits.max-connections", Integer.class).isPresent(),
                "connections per process are bounded");
    }

    @Test
    void theLocalProfileKnowsNoDemoIssuerWithoutTheLocalBuild() throws IOException {
        SmallRyeConfig localOnProductionBuild = configFor("local");

        assertEquals(Optional.empty(), localOnProductionBuild.getOptionalValue("quarkus.oidc.public-key", String.class));
    }

    @Test
    void theLocalModeListensOnThisMachineOnly() throws IOException {
        assertEquals("127.0.0.1", localConfig().getValue("quarkus.http.host", String.class));
    }

    @Test
    void theEmbeddedDatabaseStartsOnlyInTheLocalProfile() {
        assertFalse(LocalDatabaseAccess.isRequested(null));
        assertFalse(LocalDatabaseAccess.isRequested("prod"));
        assertFalse(LocalDatabaseAccess.isRequested("localhost"));
        assertTrue(LocalDatabaseAccess.isRequested("local"));
        assertTrue(LocalDatabaseAccess.isRequested("local,debug"));
    }
}
