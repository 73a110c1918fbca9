package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The detail of a refusal says what is actually wrong with the request. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void aPatchSentAsPlainJsonNamesTheMergePatchMediaType() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"notes\": \"x\"}")
                .when().patch("/api/v1/placements/1")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"))
                .body("detail", containsString("application/merge-patch+json"));
    }

    @Test
    void aWellFormedBodyOfTheWrongShapeIsNotCalledMalformed() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("[1,2]")
                .when().post("/api/v1/deadline-rules")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("detail", containsString("wrong shape"))
                .body("detail", not(containsString("not well-formed")));
    }

    @Test
    void aQueryDateThatDoesNotExistIsCalledSo() {
        given().queryParam("departureDate", "2027-02-30").when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("departureDate"))
                .body("violations[0].message", containsString("does not exist"));
    }

    @Test
    void aBodyDateThatDoesNotExistIsCalledSo() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"placementType": "GP_CLERKSHIP", "kind": "ADVISORY", "leadTime": "P4M",
                         "validFrom": "2027-02-30", "description": "x"}""")
                .when().post("/api/v1/deadline-rules")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("validFrom"))
                .body("violations[0].message", containsString("does not exist"));
    }

    @Test
    void anUnquotedIfMatchIsAMalformedHeaderNotAStaleTag() {
        String placement = StaffPlacements.placementIn("GH", "2027-09-06", "2028-02-21", false);
        given().auth().oauth2(Tokens.staff()).contentType("application/merge-patch+json").header("If-Match", "0")
                .body("{\"notes\": \"x\"}")
                .when().patch(placement)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("violations[0].field", equalTo("If-Match"));
    }
}
