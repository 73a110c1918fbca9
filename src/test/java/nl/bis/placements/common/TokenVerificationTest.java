package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Only unexpired tokens signed by the configured issuer, for this audience, are accepted. */
@QuarkusTest
class TokenVerificationTest {

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/api/v1/deadline-rules")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(Tokens.student1()).when().get("/api/v1/deadline-rules").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        refused(Tokens.sign(Tokens.builder("student1", "student").issuedAt(past - 600).expiresAt(past)));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(Tokens.sign(Tokens.builder("student1", "student").issuer("https://evil.example.com")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.sign(Tokens.builder("student1", "student").audience("another-api")));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = Tokens.student1().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"student\"", "\"staff\"");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        refused(parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Tokens.staff().split("\\.")[1];
        refused(header + "." + payload + ".");
    }

    @Test
    void garbageIsRefused() {
        refused("not-a-token");
    }
}
