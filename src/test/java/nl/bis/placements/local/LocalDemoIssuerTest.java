package nl.bis.placements.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The demo identity provider of the local run mode: its tokens work there, and only there. */
@QuarkusTest
@TestProfile(LocalDemoIssuerTest.DemoIssuer.class)
class LocalDemoIssuerTest {

    /** The OIDC settings of the local build (application-local.properties), on the test database. */
    public static class DemoIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "",
                    "quarkus.oidc.discovery-enabled", "false",
                    "quarkus.oidc.public-key", localPublicKey(),
                    "quarkus.oidc.token.issuer", DemoTokens.ISSUER);
        }
    }

    private static String localPublicKey() {
        try {
            return new io.smallrye.config.PropertiesConfigSource(
                    LocalDemoIssuerTest.class.getClassLoader().getResource("application-local.properties"), 250)
                    .getValue("quarkus.oidc.public-key");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDemoTokenSignsInItsUserWithTheirRole() {
        given().auth().oauth2(DemoTokens.sign("staff1")).when().get("/api/v1/deadline-rules")
                .then().statusCode(200);
        given().auth().oauth2(DemoTokens.sign("kl-app")).when().get("/api/v1/deadline-rules")
                .then().statusCode(403);
    }

    @Test
    void aDemoStudentTokenCarriesTheStudentNumber() {
        given().auth().oauth2(DemoTokens.sign("student2")).when().get("/api/v1/placements")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void tokensOfAnyOtherIssuerAreRefused() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/deadline-rules").then().statusCode(401);
    }
}
