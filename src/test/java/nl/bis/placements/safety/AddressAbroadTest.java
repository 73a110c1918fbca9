package nl.bis.placements.safety;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The address abroad of a placement: the student and staff give it, the history only says that it changed. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class AddressAbroadTest {

    private static final String ADDRESS = """
            {"addressLine1": "KCMC staff houses, block C, room 4", "addressLine2": "Sokoine Road",
             "postalCode": "25101", "city": "Moshi"}""";

    @Inject
    TestClock clock;

    private Student student;
    private String placement;

    @BeforeEach
    void aStudentsPlacementInTanzania() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        placement = register(student.token(), placement("ELECTIVE_CLERKSHIP", "TZ", "2027-09-06", "2027-11-01")
                .at("Moshi", "Kilimanjaro Christian Medical Centre")).then().statusCode(201).extract()
                .header("Location");
    }

    private Response give(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .put(placement + "/address-abroad");
    }

    private List<Map<String, Object>> history() {
        return given().auth().oauth2(Tokens.staff()).when().get(placement + "/history").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    private long placementId() {
        return Long.parseLong(placement.substring(placement.lastIndexOf('/') + 1));
    }

    @Test
    void theStudentGivesTheAddressAndReadsItBack() {
        give(student.token(), ADDRESS).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("placementId", equalTo((int) placementId()))
                .body("addressLine1", equalTo("KCMC staff houses, block C, room 4"))
                .body("city", equalTo("Moshi"))
                .body("countryCode", equalTo("TZ"));
        given().auth().oauth2(student.token()).when().get(placement + "/address-abroad").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("postalCode", equalTo("25101"));
    }

    @Test
    void beforeItIsGivenTheAddressIsNotFoundSayingSo() {
        given().auth().oauth2(student.token()).when().get(placement + "/address-abroad").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No address abroad was given for placement " + placementId() + " yet."));
    }

    @Test
    void theChangeIsInTheHistoryWithoutTheAddressAndMovesThePlacementsVersionOn() {
        give(student.token(), ADDRESS).then().statusCode(200);
        give(Tokens.staff(), ADDRESS.replace("room 4", "room 5")).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));

        List<Map<String, Object>> history = history();
        assertEquals(3, history.size());
        assertEquals("ADDRESS_ABROAD_CHANGED", history.get(1).get("action"));
        assertEquals("The address abroad was given.", history.get(1).get("reason"));
        assertEquals("staff1", history.get(2).get("by"));
        assertEquals("The address abroad was changed.", history.get(2).get("reason"));
        assertFalse(history.toString().contains("KCMC") || history.toString().contains("Sokoine")
                || history.toString().contains("25101"), history.toString());
        given().auth().oauth2(Tokens.staff()).when().get(placement).then().header("ETag", equalTo("\"2\""));
    }

    @Test
    void theChangeIsInTheChangeFeedWithoutTheAddress() {
        give(student.token(), ADDRESS).then().statusCode(200);
        List<Map<String, Object>> mine = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(Tokens.klApp()).queryParam("limit", 1000);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                if (((Number) change.get("placementId")).longValue() == placementId()) {
                    mine.add(change);
                }
            }
            after = page.getString("next") == null ? after : page.getString("next");
            more = page.getBoolean("hasMore");
        }
        assertEquals(List.of("CREATED", "ADDRESS_ABROAD_CHANGED"), mine.stream().map(c -> c.get("kind")).toList());
        assertFalse(mine.toString().contains("KCMC") || mine.toString().contains("Moshi, ")
                || mine.toString().contains("25101"), mine.toString());
    }

    @Test
    void theSameAddressAgainChangesNothing() {
        give(student.token(), ADDRESS).then().statusCode(200);
        give(student.token(), ADDRESS).then().statusCode(200).header("ETag", equalTo("\"0\""));
        assertEquals(2, history().size());
    }

    @Test
    void anotherStudentNeverReachesTheAddress() {
        give(student.token(), ADDRESS).then().statusCode(200);
        Student other = TestStudents.fresh();
        given().auth().oauth2(other.token()).when().get(placement + "/address-abroad").then().statusCode(404)
                .body("detail", not(containsString("address")));
        give(other.token(), ADDRESS.replace("Moshi", "Arusha")).then().statusCode(404);
        given().auth().oauth2(student.token()).when().get(placement + "/address-abroad").then()
                .body("city", equalTo("Moshi"));
    }

    @Test
    void coordinatorsAreRefusedTheAddress() {
        give(student.token(), ADDRESS).then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).when().get(placement + "/address-abroad").then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/forbidden"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(ADDRESS).when()
                .put(placement + "/address-abroad").then().statusCode(403);
        String both = Tokens.withRoles("coordinator3", TestStudents.freshNumber(), List.of("coordinator", "student"));
        given().auth().oauth2(both).when().get(placement + "/address-abroad").then().statusCode(403);
        given().auth().oauth2(Tokens.klApp()).when().get(placement + "/address-abroad").then().statusCode(403);
    }

    @Test
    void staffReadAndGiveTheAddressOfAnyPlacement() {
        give(Tokens.staff(), ADDRESS).then().statusCode(200).body("updatedBy", equalTo("staff1"));
        given().auth().oauth2(Tokens.staff()).when().get(placement + "/address-abroad").then().statusCode(200)
                .body("addressLine2", equalTo("Sokoine Road"));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/placements/999999999/address-abroad").then()
                .statusCode(404);
    }

    @Test
    void aPlacementThatWasCalledOffKeepsItsAddress() {
        give(student.token(), ADDRESS).then().statusCode(200);
        given().auth().oauth2(student.token()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Found a place closer to home\"}")
                .when().post(placement + "/status").then().statusCode(200);
        give(student.token(), ADDRESS.replace("room 4", "room 9")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/address-not-editable"))
                .body("title", equalTo("Address abroad not editable"));
        given().auth().oauth2(student.token()).when().get(placement + "/address-abroad").then()
                .body("addressLine1", equalTo("KCMC staff houses, block C, room 4"));
    }

    @Test
    void invalidAddressesAreRefusedNamingTheMemberAndChangeNothing() {
        give(student.token(), ADDRESS).then().statusCode(200);
        String[][] cases = {
            {"{\"addressLine1\": \"Room 4\"}", "city"},
            {"{\"addressLine1\": \"  \", \"city\": \"Moshi\"}", "addressLine1"},
            {"{\"addressLine1\": \"Room 4\", \"city\": \"\"}", "city"},
            {"{\"addressLine1\": \"" + "x".repeat(201) + "\", \"city\": \"Moshi\"}", "addressLine1"},
            {"{\"addressLine1\": \"Room 4\", \"postalCode\": \"" + "1".repeat(21) + "\", \"city\": \"Moshi\"}",
                "postalCode"},
            {"{\"addressLine1\": \"Room 4\\r\\nSokoine Road\", \"city\": \"Moshi\"}", "addressLine1"},
            {"{\"addressLine1\": \"Room 4\", \"city\": \"Moshi\\u2028\"}", "city"},
            {"{\"addressLine1\": \"Room 4\", \"city\": \"Moshi\", \"country\": \"KE\"}", "country"},
            {"{\"addressLine1\": [\"Room 4\"], \"city\": \"Moshi\"}", "addressLine1"},
            {"{\"addressLine1\": \"Room 4\", \"city\": null}", "city"},
        };
        for (String[] c : cases) {
            var answer = give(student.token(), c[0]).then().statusCode(400).contentType("application/problem+json");
            if (c[1] != null) {
                answer.body("violations[0].field", equalTo(c[1]));
            }
        }
        given().auth().oauth2(student.token()).when().get(placement + "/address-abroad").then()
                .header("ETag", equalTo("\"0\""))
                .body("addressLine1", equalTo("KCMC staff houses, block C, room 4"));
        assertEquals(2, history().size());
    }

    @Test
    void aStaleIfMatchIsRefused() {
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ADDRESS)
                .when().put(placement + "/address-abroad").then().statusCode(412);
        give(student.token(), ADDRESS).then().statusCode(200);
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(ADDRESS.replace("room 4", "room 6")).when().put(placement + "/address-abroad")
                .then().statusCode(412);
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(ADDRESS.replace("room 4", "room 6")).when().put(placement + "/address-abroad")
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void blankOptionalLinesAreLeftOut() {
        give(student.token(), "{\"addressLine1\": \" Room 4 \", \"addressLine2\": \" \", \"city\": \"Moshi\"}")
                .then().statusCode(200)
                .body("addressLine1", equalTo("Room 4"))
                .body("addressLine2", nullValue())
                .body("postalCode", nullValue());
    }
}
