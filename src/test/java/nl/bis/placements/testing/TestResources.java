package nl.bis.placements.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every Quarkus test runs against a real PostgreSQL and a real OIDC server (WireMock serving discovery and JWKS);
 * tokens are RS256-signed by {@link Tokens}. Messages go to a real SMTP server ({@link GreenMailResource}).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
public final class TestResources {

    private TestResources() {
    }
}
