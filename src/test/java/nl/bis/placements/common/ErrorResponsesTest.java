package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Errors the framework raises itself are problem+json too, and carry no technical detail. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void aPathOutsideTheApiIsANotFoundProblem() {
        given().when().get("/favicon.ico")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMethodIsAProblemWithTheAllowedMethods() {
        given().when().delete("/api/v1/placement-types")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .body("type", endsWith("/method-not-allowed"));
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem() {
        given().accept("application/xml").when().get("/api/v1/placement-types")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-acceptable"));
    }

    @Test
    void anOversizedBodyIsAPayloadTooLargeProblem() {
        String huge = "{\"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/deadline-rules")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void problemsNeverLeakClassNamesOrStackTraces() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"placementType\": [1, 2], \"kind\": {\"a\": 1}, \"validFrom\": 12}")
                .when().post("/api/v1/deadline-rules")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("java.")))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("nl.bis")))
                .body(not(containsString("Exception")));
    }
}
