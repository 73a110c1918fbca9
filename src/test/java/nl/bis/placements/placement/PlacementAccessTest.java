package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A student sees and changes only their own placements; someone else's is "not found", never forbidden. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementAccessTest {

    @Inject
    TestClock clock;

    private Student owner;
    private Student other;
    private String location;

    @BeforeEach
    void aPlacementOfOneStudent() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        owner = TestStudents.fresh();
        other = TestStudents.fresh();
        location = register(owner.token(),
                placement("RESEARCH_INTERNSHIP", "GH", "2027-09-06", "2027-12-27")).then().statusCode(201)
                .extract().header("Location");
        register(other.token(),
                placement("GP_CLERKSHIP", "SR", "2027-09-06", "2027-11-01")).then().statusCode(201);
    }

    private static void notFoundWithoutData(Response response) {
        response.then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body(not(org.hamcrest.Matchers.containsString("RESEARCH_INTERNSHIP")));
    }

    @Test
    void anotherStudentCannotReadIt() {
        notFoundWithoutData(given().auth().oauth2(other.token()).when().get(location));
    }

    @Test
    void anotherStudentCannotPatchIt() {
        notFoundWithoutData(given().auth().oauth2(other.token()).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("{\"notes\": \"mine now\"}").when().patch(location));
        given().auth().oauth2(owner.token()).when().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void anotherStudentCannotWithdrawIt() {
        notFoundWithoutData(given().auth().oauth2(other.token()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\"}").when().post(location + "/status"));
        given().auth().oauth2(owner.token()).when().get(location).then().body("status", equalTo("REGISTERED"));
    }

    @Test
    void anotherStudentCannotReadItsHistory() {
        notFoundWithoutData(given().auth().oauth2(other.token()).when().get(location + "/history"));
    }

    @Test
    void listingsNeverIncludeAnotherStudentsRows() {
        given().auth().oauth2(other.token()).when().get("/api/v1/placements")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.studentNumber", everyItem(equalTo(other.number())));
        given().auth().oauth2(other.token()).queryParam("studentNumber", owner.number())
                .when().get("/api/v1/placements")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(other.token()).queryParam("q", owner.number())
                .when().get("/api/v1/placements")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aNonexistentPlacementLooksTheSameAsSomeoneElses() {
        String missing = given().auth().oauth2(other.token()).when().get("/api/v1/placements/999999999")
                .then().statusCode(404).extract().path("detail");
        String foreign = given().auth().oauth2(other.token()).when().get(location)
                .then().statusCode(404).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(
                missing.replace("999999999", "#"), foreign.replace(location.substring(location.lastIndexOf('/') + 1), "#"));
    }

    @Test
    void staffAndCoordinatorsReadEveryPlacement() {
        given().auth().oauth2(Tokens.staff()).when().get(location).then().statusCode(200)
                .body("studentNumber", equalTo(owner.number()));
        given().auth().oauth2(Tokens.coordinator()).when().get(location).then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).when().get(location + "/history").then().statusCode(200);
    }

    @Test
    void coordinatorsNeitherRegisterNorEdit() {
        register(Tokens.coordinator(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("{\"notes\": \"x\"}").when().patch(location)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theKlAppReachesNoPlacementEndpoint() {
        String token = Tokens.klApp();
        given().auth().oauth2(token).when().get("/api/v1/placements").then().statusCode(403);
        given().auth().oauth2(token).when().get(location).then().statusCode(403);
        given().auth().oauth2(token).when().get(location + "/history").then().statusCode(403);
        register(token, placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01")).then().statusCode(403);
    }

    @Test
    void anonymousCallersReachNoPlacementEndpoint() {
        given().when().get("/api/v1/placements").then().statusCode(401).contentType("application/problem+json");
        given().when().get(location).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"status\": \"WITHDRAWN\"}").when().post(location + "/status")
                .then().statusCode(401);
    }

    @Test
    void aStudentTokenWithoutAStudentNumberCannotRegister() {
        String token = Tokens.sign(Tokens.builder("no-number", "student"));
        register(token, placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01")).then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/placements").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(token).when().get(location).then().statusCode(404)
                .body("detail", not(emptyString()));
    }
}
