package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What answers say about caching, sniffing and what they vary by, and where their Location points. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ResponseHeadersTest {

    @Inject
    TestClock clock;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @Test
    void anAnswerWithPersonalDataIsNeverStoredAndVariesByTheToken() {
        String location = registered();
        given().auth().oauth2(Tokens.staff()).get(location).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", allOf(containsString("Authorization"), containsString("Accept")));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/placements").then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void problemsAndUnknownPathsAreNeitherStoredNorSniffed() {
        given().get("/api/v1/placements").then().statusCode(401)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void thePublicCalculatorKeepsItsOwnCachingAndVariesOnlyByAccept() {
        given().queryParam("placementType", "GP_CLERKSHIP").queryParam("departureDate", "2027-09-01")
                .get("/api/v1/deadlines").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", equalTo("Accept"));
    }

    @Test
    void aLocationNeverEchoesTheHostAClientSent() throws IOException {
        String body = inWillemstad().json();
        String answer = raw("POST /api/v1/placements HTTP/1.1\r\nHost: evil.example\r\n"
                + "Authorization: Bearer " + Tokens.staff() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                + body);

        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        assertTrue(answer.toLowerCase().contains("\r\nlocation: /api/v1/placements/"), answer);
        assertFalse(answer.contains("evil.example"), answer);
    }

    @Test
    void contentAfterTheJsonBodyIsRefusedAndChangesNothing() {
        String location = registered();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\"} {\"status\": \"INTAKE_SCHEDULED\"}").post(location + "/status")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("detail", containsString("after its JSON value"));
        given().auth().oauth2(Tokens.staff()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"notes\": \"first\"} trailing").patch(location)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).get(location).then()
                .body("status", equalTo("REGISTERED")).body("version", equalTo(0)).body("notes", not(equalTo("first")));
    }

    private static PlacementRequest inWillemstad() {
        return placement("GP_CLERKSHIP", "CW", "2027-07-01", "2027-09-01").at("Willemstad", "Hospital").discipline(null)
                .forStudent(TestStudents.freshNumber());
    }

    private static String registered() {
        return register(Tokens.staff(), inWillemstad()).then().statusCode(201).extract().header("Location");
    }

    /** One request written byte for byte, so that no client library corrects its Host header. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
