package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A token is verified once; what it let in never lets in a changed, expired or refused token. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    /** A token no other test has used, so that it is not kept yet. */
    private static String freshStudentToken() {
        return Tokens.sign(Tokens.builder("student1", "student").claim("student_number", Tokens.STUDENT_1)
                .claim("jti", UUID.randomUUID().toString()));
    }

    private static void accepted(String token) {
        given().auth().oauth2(token).when().get("/api/v1/deadline-rules").then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/api/v1/deadline-rules")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void aTokenIsVerifiedOnce() {
        String token = freshStudentToken();
        long before = tokens.verifications();
        accepted(token);
        accepted(token);
        accepted(token);
        assertEquals(1, tokens.verifications() - before);
    }

    @Test
    void aRefusedTokenIsVerifiedEveryTime() {
        String token = Tokens.sign(Tokens.builder("student1", "student").audience("another-api")
                .claim("jti", UUID.randomUUID().toString()));
        long before = tokens.verifications();
        refused(token);
        refused(token);
        assertEquals(2, tokens.verifications() - before);
    }

    @Test
    void aTamperedPayloadIsRefusedAfterTheTokenWasAccepted() {
        String token = freshStudentToken();
        accepted(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"student\"", "\"staff\"");
        refused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        accepted(token);
    }

    @Test
    void aTamperedSignatureIsRefusedAfterTheTokenWasAccepted() {
        String token = freshStudentToken();
        accepted(token);
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 1;
        refused(parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    }

    @Test
    void theSameTokenInAnotherSchemeSpellingIsStillVerified() {
        String token = freshStudentToken();
        accepted(token);
        given().header("Authorization", "bearer " + token).when().get("/api/v1/deadline-rules")
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + token + "x").when().get("/api/v1/deadline-rules")
                .then().statusCode(401);
    }

    @Test
    void aTokenIsRefusedOnceItExpires() throws InterruptedException {
        long expires = System.currentTimeMillis() / 1000 + 2;
        String token = Tokens.sign(Tokens.builder("student1", "student").claim("student_number", Tokens.STUDENT_1)
                .claim("jti", UUID.randomUUID().toString()).expiresAt(expires));
        accepted(token);
        accepted(token);
        // Waits for the clock, not for a race: the token's exp has passed when this returns.
        Thread.sleep(Math.max(0, (expires + 1) * 1000 - System.currentTimeMillis()));
        refused(token);
    }

    @Test
    void eachTokenKeepsItsOwnIdentity() {
        String student = freshStudentToken();
        String staff = Tokens.sign(Tokens.builder("staff1", "staff").claim("jti", UUID.randomUUID().toString()));
        accepted(student);
        accepted(staff);
        // Only staff may read the stored messages of everyone; the student's kept identity must not become staff's.
        given().auth().oauth2(student).when().get("/api/v1/messages").then().statusCode(403);
        given().auth().oauth2(staff).when().get("/api/v1/messages").then().statusCode(200);
        given().auth().oauth2(student).when().get("/api/v1/messages").then().statusCode(403);
    }
}
